package org.maillage.project;

import java.util.List;
import java.util.Map;

/**
 * One page of projects and the facet counts over the whole filtered result: status, theme
 * code, territory id, partner organisation id.
 */
public record ProjectResults(List<Project> hits, long total, int page, int size, Map<ProjectStatus, Long> statuses,
		Map<String, Long> themes, Map<String, Long> territories, Map<Long, Long> partners) {

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

}
