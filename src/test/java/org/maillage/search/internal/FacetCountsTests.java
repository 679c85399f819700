package org.maillage.search.internal;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facet counts over several segments, with multi-valued fields, documents without a value
 * and deleted documents; counted again after the index changed.
 */
class FacetCountsTests {

	private final FacetCounts counts = new FacetCounts(
			List.of(new FacetCounts.Facet("type", 10), new FacetCounts.Facet("themes", 2)));

	@Test
	void counts_matches_and_their_values_in_every_segment_without_the_deleted_ones() throws Exception {
		try (var directory = new ByteBuffersDirectory();
				var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			writer.addDocument(doc("1", "RESOURCE", "eau", "energie"));
			writer.addDocument(doc("2", "RESOURCE", "eau"));
			writer.commit(); // a first segment
			writer.addDocument(doc("3", "PROJECT", "eau", "mobilite"));
			writer.addDocument(doc("4", "RESOURCE"));
			writer.addDocument(doc("5", "EVENT", "mobilite"));
			writer.commit(); // a second one
			writer.deleteDocuments(new Term("id", "5"));
			writer.commit();
			try (var reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSize(2);
				var all = counts.count(new IndexSearcher(reader), new MatchAllDocsQuery());
				assertThat(all.total()).isEqualTo(4);
				assertThat(all.of("type")).containsExactly(Map.entry("RESOURCE", 3L), Map.entry("PROJECT", 1L));
				// most frequent first, equal counts alphabetically, at most two values
				assertThat(all.of("themes")).containsExactly(Map.entry("eau", 3L), Map.entry("energie", 1L));

				var resources = counts.count(new IndexSearcher(reader), new TermQuery(new Term("type", "RESOURCE")));
				assertThat(resources.total()).isEqualTo(3);
				assertThat(resources.of("type")).containsExactly(Map.entry("RESOURCE", 3L));
			}
			writer.addDocument(doc("6", "EVENT", "mobilite", "eau"));
			writer.commit();
			try (var reader = DirectoryReader.open(directory)) {
				var all = counts.count(new IndexSearcher(reader), new MatchAllDocsQuery());
				assertThat(all.total()).isEqualTo(5);
				assertThat(all.of("themes")).containsExactly(Map.entry("eau", 4L), Map.entry("mobilite", 2L));
			}
		}
	}

	private static Document doc(String id, String type, String... themes) {
		var doc = new Document();
		doc.add(new StringField("id", id, Field.Store.NO));
		doc.add(new StringField("type", type, Field.Store.NO));
		doc.add(new SortedSetDocValuesField("type", new BytesRef(type)));
		for (String theme : themes) {
			doc.add(new SortedSetDocValuesField("themes", new BytesRef(theme)));
		}
		return doc;
	}

}
