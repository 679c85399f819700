package org.maillage.directory.internal;

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
 * page: {@code q}, {@code kind}, {@code theme}, {@code competency}, {@code territory}).
 * The territory may be an id or what a person typed; what cannot be resolved is ignored
 * rather than refused.
 */
public record DirectoryFilters(String q, List<String> kind, List<String> theme, List<String> competency,
		String territory) {

	public OrganisationCriteria toCriteria(TerritoryService territories) {
		Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
		if (kind != null) {
			for (String value : kind) {
				for (OrganisationKind candidate : OrganisationKind.values()) {
					if (candidate.name().equalsIgnoreCase(value)) {
						kinds.add(candidate);
					}
				}
			}
		}
		String territoryId = territory == null || territory.isBlank() ? null
				: territories.resolve(territory, null).territory().map(Territory::id).orElse(null);
		return new OrganisationCriteria(q, kinds, clean(theme), clean(competency), territoryId, null);
	}

	private static Set<String> clean(List<String> values) {
		Set<String> clean = new LinkedHashSet<>();
		if (values != null) {
			values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(clean::add);
		}
		return clean;
	}

}
