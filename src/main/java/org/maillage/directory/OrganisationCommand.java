package org.maillage.directory;

import java.util.Set;

/**
 * The data of an organisation as entered in a form or sent to the API, territories
 * already resolved to ids and themes and competencies given by code.
 */
public record OrganisationCommand(String name, OrganisationKind kind, String siren, String rna, String shortDescription,
		String longDescription, String address, String communeId, Double latitude, Double longitude,
		Set<String> territoryIds, Set<String> themes, Set<String> competencies, String website, String email,
		String phone, Visibility visibility) {

	public OrganisationCommand {
		territoryIds = territoryIds == null ? Set.of() : Set.copyOf(territoryIds);
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
		visibility = visibility == null ? Visibility.PUBLIC : visibility;
	}

}
