package org.maillage.directory.internal;

import java.util.Set;

import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationKind;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryService;

/**
 * The directory filters as they arrive in a request, bound by name ({@code q},
 * {@code kind}, {@code theme}, {@code competency}, {@code territory}, {@code sort}): the
 * same parameters for the list, the map and the exports. The territory is what a person
 * typed or an id; the caller resolves it, since the list reports a territory it cannot
 * resolve and the map and exports ignore it.
 */
public record DirectoryFilters(String q, Set<OrganisationKind> kind, Set<String> theme, Set<String> competency,
		String territory, String sort) {

	public boolean hasTerritory() {
		return territory != null && !territory.isBlank();
	}

	/** For the map and exports: a territory that cannot be resolved is ignored. */
	public OrganisationCriteria criteria(TerritoryService territories) {
		String territoryId = hasTerritory()
				? territories.resolve(territory, null).territory().map(Territory::id).orElse(null) : null;
		return criteria(territoryId);
	}

	public OrganisationCriteria criteria(String territoryId) {
		return new OrganisationCriteria(q, kind, theme, competency, territoryId, sort);
	}

}
