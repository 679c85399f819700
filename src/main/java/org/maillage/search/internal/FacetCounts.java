package org.maillage.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
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
 * without scoring them. Each index segment's facet values are read once from its doc
 * values into plain arrays (document → value numbers), kept while the segment lives;
 * counting a match is then a few array reads. Broad queries visit well over a hundred
 * thousand documents: this is what makes them affordable (bench/README.md, global
 * search).
 */
final class FacetCounts {

	/** A facet field (a keyword field with doc values) and how many values to keep. */
	record Facet(String field, int maxValues) {
	}

	/**
	 * @param total how many documents match
	 * @param facets per facet field, each value's count, most frequent first (equal
	 * counts in alphabetical order), at most the facet's number of values
	 */
	record Counts(long total, Map<String, Map<String, Long>> facets) {

		Map<String, Long> of(String field) {
			return facets.getOrDefault(field, Map.of());
		}

	}

	private final List<Facet> facets;

	private final Map<IndexReader.CacheKey, SegmentValues> segments = new ConcurrentHashMap<>();

	FacetCounts(List<Facet> facets) {
		this.facets = List.copyOf(facets);
	}

	Counts count(IndexSearcher searcher, Query query) {
		try {
			Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
			List<Map<String, Long>> totals = facets.stream()
				.map(f -> (Map<String, Long>) new HashMap<String, Long>())
				.toList();
			long total = 0;
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				BulkScorer scorer = weight.bulkScorer(leaf);
				if (scorer == null) {
					continue;
				}
				var counter = new SegmentCounter(values(leaf.reader()));
				scorer.score(counter, leaf.reader().getLiveDocs());
				total += counter.matches;
				counter.addTo(totals);
			}
			Map<String, Map<String, Long>> result = new LinkedHashMap<>();
			for (int i = 0; i < facets.size(); i++) {
				result.put(facets.get(i).field(), top(totals.get(i), facets.get(i).maxValues()));
			}
			return new Counts(total, result);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private SegmentValues values(LeafReader segment) throws IOException {
		IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
		if (helper == null) {
			return SegmentValues.read(segment, facets);
		}
		SegmentValues known = segments.get(helper.getKey());
		if (known == null) {
			known = SegmentValues.read(segment, facets);
			if (segments.putIfAbsent(helper.getKey(), known) == null) {
				helper.addClosedListener(segments::remove);
			}
		}
		return known;
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

	/**
	 * One segment's facet values: per facet, the value numbers of each document
	 * ({@code ordinals[starts[doc]] … ordinals[starts[doc + 1] - 1]}) and the values.
	 */
	private record SegmentValues(int[][] starts, int[][] ordinals, String[][] values) {

		static SegmentValues read(LeafReader segment, List<Facet> facets) throws IOException {
			int maxDoc = segment.maxDoc();
			int[][] starts = new int[facets.size()][];
			int[][] ordinals = new int[facets.size()][];
			String[][] values = new String[facets.size()][];
			for (int i = 0; i < facets.size(); i++) {
				SortedSetDocValues docValues = DocValues.getSortedSet(segment, facets.get(i).field());
				int[] start = new int[maxDoc + 1];
				int[] ords = new int[Math.max(16, maxDoc)];
				int n = 0;
				for (int doc = 0; doc < maxDoc; doc++) {
					start[doc] = n;
					if (docValues.advanceExact(doc)) {
						for (int k = docValues.docValueCount(); k > 0; k--) {
							if (n == ords.length) {
								ords = java.util.Arrays.copyOf(ords, ords.length * 2);
							}
							ords[n++] = (int) docValues.nextOrd();
						}
					}
				}
				start[maxDoc] = n;
				String[] terms = new String[Math.toIntExact(docValues.getValueCount())];
				for (int ord = 0; ord < terms.length; ord++) {
					terms[ord] = docValues.lookupOrd(ord).utf8ToString();
				}
				starts[i] = start;
				ordinals[i] = java.util.Arrays.copyOf(ords, n);
				values[i] = terms;
			}
			return new SegmentValues(starts, ordinals, values);
		}

	}

	/** Counts one segment's matches, per facet value number. */
	private static final class SegmentCounter implements LeafCollector {

		private final SegmentValues segment;

		private final int[][] counts;

		private long matches;

		SegmentCounter(SegmentValues segment) {
			this.segment = segment;
			this.counts = new int[segment.values().length][];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = new int[segment.values()[i].length];
			}
		}

		@Override
		public void setScorer(Scorable scorer) {
			// counting only: scores are never read
		}

		@Override
		public void collect(int doc) {
			matches++;
			for (int i = 0; i < counts.length; i++) {
				int[] start = segment.starts()[i];
				int[] ordinals = segment.ordinals()[i];
				int[] facetCounts = counts[i];
				for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
					facetCounts[ordinals[k]]++;
				}
			}
		}

		void addTo(List<Map<String, Long>> totals) {
			for (int i = 0; i < counts.length; i++) {
				int[] facetCounts = counts[i];
				for (int ord = 0; ord < facetCounts.length; ord++) {
					if (facetCounts[ord] > 0) {
						totals.get(i).merge(segment.values()[i][ord], (long) facetCounts[ord], Long::sum);
					}
				}
			}
		}

	}

}
