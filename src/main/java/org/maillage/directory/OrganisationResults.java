package org.maillage.directory;

import java.util.List;
import java.util.Map;

/**
 * One page of organisations and the facet counts over the whole filtered result (not just
 * the page): kind → count, theme code → count, competency code → count.
 */
public record OrganisationResults(List<Organisation> hits, long total, int page, int size,
		Map<OrganisationKind, Long> kinds, Map<String, Long> themes, Map<String, Long> competencies) {

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

}
