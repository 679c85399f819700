package org.maillage.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The total of a search and its facet counts, in one pass over the matching documents
 * without scoring them: per index segment, an array of counters indexed by the doc
 * values' ordinals (no hashing per document), turned into values once at the end of the
 * segment. Broad queries visit well over a hundred thousand documents; this is what makes
 * them affordable (bench/README.md, global search).
 *
 * @param total how many documents match
 * @param facets per facet field, each value's count, most frequent first (values of equal
 * count in alphabetical order), at most the requested number of values
 */
record FacetCounts(long total, Map<String, Map<String, Long>> facets) {

	/** A facet field (a keyword field with doc values) and how many values to keep. */
	record Facet(String field, int maxValues) {
	}

	Map<String, Long> of(String field) {
		return facets.getOrDefault(field, Map.of());
	}

	static FacetCounts count(IndexReader reader, Query query, List<Facet> facets) {
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
			List<Map<String, Long>> totals = new ArrayList<>();
			facets.forEach(f -> totals.add(new HashMap<>()));
			long total = 0;
			for (LeafReaderContext leaf : reader.leaves()) {
				BulkScorer scorer = weight.bulkScorer(leaf);
				if (scorer == null) {
					continue;
				}
				var segment = new SegmentCounter(leaf, facets);
				scorer.score(segment, leaf.reader().getLiveDocs());
				total += segment.matches;
				segment.addTo(totals);
			}
			Map<String, Map<String, Long>> result = new LinkedHashMap<>();
			for (int i = 0; i < facets.size(); i++) {
				result.put(facets.get(i).field(), top(totals.get(i), facets.get(i).maxValues()));
			}
			return new FacetCounts(total, result);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, Long> top(Map<String, Long> counts, int max) {
		Map<String, Long> top = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(max)
			.forEach(e -> top.put(e.getKey(), e.getValue()));
		return top;
	}

	/** Counts one segment's matches, per facet value ordinal. */
	private static final class SegmentCounter implements LeafCollector {

		private final SortedSetDocValues[] values;

		private final int[][] counts;

		private long matches;

		SegmentCounter(LeafReaderContext leaf, List<Facet> facets) throws IOException {
			values = new SortedSetDocValues[facets.size()];
			counts = new int[facets.size()][];
			for (int i = 0; i < facets.size(); i++) {
				values[i] = DocValues.getSortedSet(leaf.reader(), facets.get(i).field());
				counts[i] = new int[Math.toIntExact(values[i].getValueCount())];
			}
		}

		@Override
		public void setScorer(Scorable scorer) {
			// counting only: scores are never read
		}

		@Override
		public void collect(int doc) throws IOException {
			matches++;
			for (int i = 0; i < values.length; i++) {
				SortedSetDocValues docValues = values[i];
				if (docValues.advanceExact(doc)) {
					int[] facetCounts = counts[i];
					for (int n = docValues.docValueCount(); n > 0; n--) {
						facetCounts[(int) docValues.nextOrd()]++;
					}
				}
			}
		}

		void addTo(List<Map<String, Long>> totals) throws IOException {
			for (int i = 0; i < values.length; i++) {
				int[] facetCounts = counts[i];
				for (int ord = 0; ord < facetCounts.length; ord++) {
					if (facetCounts[ord] > 0) {
						totals.get(i)
							.merge(values[i].lookupOrd(ord).utf8ToString(), (long) facetCounts[ord], Long::sum);
					}
				}
			}
		}

	}

}
