package org.maillage.directory;

import java.util.Set;

/**
 * What someone looks for in the directory: words, kinds, themes and competencies (by
 * code), a territory id, and a sort ({@code pertinence}, {@code nom}, {@code recents}).
 * Shared by the directory page, the API, the map and exports through
 * {@link OrganisationSearch#predicate}.
 */
public record OrganisationCriteria(String q, Set<OrganisationKind> kinds, Set<String> themes, Set<String> competencies,
		String territoryId, String sort) {

	public static final String SORT_RELEVANCE = "pertinence";

	public static final String SORT_NAME = "nom";

	public static final String SORT_RECENT = "recents";

	public OrganisationCriteria {
		q = q == null || q.isBlank() ? null : q.strip();
		kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
		territoryId = territoryId == null || territoryId.isBlank() ? null : territoryId.strip();
		sort = sort == null || sort.isBlank() ? null : sort;
	}

	public static OrganisationCriteria all() {
		return new OrganisationCriteria(null, null, null, null, null, null);
	}

	/** The sort actually applied: relevance when words were typed, otherwise by name. */
	public String effectiveSort() {
		if (SORT_NAME.equals(sort) || SORT_RECENT.equals(sort)) {
			return sort;
		}
		return q == null ? SORT_NAME : SORT_RELEVANCE;
	}

}
