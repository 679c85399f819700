package org.maillage.search.internal;

import java.util.List;
import java.util.Map;

import org.maillage.search.SearchHit;
import org.maillage.search.SearchType;

/**
 * A page of global search results, with facet counts over the whole result, and a "did
 * you mean" suggestion when nothing matched.
 *
 * @param page 0-based
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, Map<SearchType, Long> types,
		Map<String, Long> themes, Map<String, Long> territories, Map<String, Long> licences,
		Map<String, Long> maturities, String suggestion) {

	static SearchResults empty(int size) {
		return new SearchResults(List.of(), 0, 0, size, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), null);
	}

	public int pages() {
		return (int) Math.ceilDiv(total, size);
	}

}
