package org.maillage.project;

import java.util.Set;

/**
 * What is searched: words, a status, a theme code, a territory id (matches projects in it
 * or inside it), a partner organisation id.
 */
public record ProjectCriteria(String q, Set<ProjectStatus> statuses, String theme, String territoryId, Long partnerId) {

	public ProjectCriteria {
		q = q == null || q.isBlank() ? null : q.strip();
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
		theme = theme == null || theme.isBlank() ? null : theme.strip();
		territoryId = territoryId == null || territoryId.isBlank() ? null : territoryId.strip();
	}

	public static ProjectCriteria all() {
		return new ProjectCriteria(null, Set.of(), null, null, null);
	}

}
