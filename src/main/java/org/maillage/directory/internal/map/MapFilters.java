package org.maillage.directory.internal.map;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationKind;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryService;

/**
 * The directory filters as they arrive in a map request (same names as the directory
 * page: {@code q}, {@code type}, {@code theme}, {@code competence}, {@code territoire}).
 * The territory may be an id or what a person typed; what cannot be resolved is ignored
 * rather than refused.
 */
record MapFilters(String q, List<String> type, List<String> theme, List<String> competence, String territoire) {

	OrganisationCriteria toCriteria(TerritoryService territories) {
		Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
		if (type != null) {
			for (String value : type) {
				for (OrganisationKind kind : OrganisationKind.values()) {
					if (kind.name().equalsIgnoreCase(value)) {
						kinds.add(kind);
					}
				}
			}
		}
		String territoryId = territoire == null || territoire.isBlank() ? null
				: territories.resolve(territoire, null).territory().map(Territory::id).orElse(null);
		return new OrganisationCriteria(q, kinds, clean(theme), clean(competence), territoryId, null);
	}

	private static Set<String> clean(List<String> values) {
		Set<String> clean = new LinkedHashSet<>();
		if (values != null) {
			values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(clean::add);
		}
		return clean;
	}

}
