package org.maillage.directory;

import java.time.Instant;
import java.util.List;

/** An organisation as the API shows it (and as a conflict reports the stored version). */
public record OrganisationView(long id, String name, OrganisationKind kind, String kindLabel, String siren, String rna,
		String shortDescription, String longDescription, String address, String communeId, Double latitude,
		Double longitude, List<String> territoryIds, List<String> themes, List<String> competencies, String website,
		String email, String phone, Visibility visibility, boolean hasLogo, Instant createdAt, Instant updatedAt,
		long version) {

	public static OrganisationView of(Organisation o) {
		return new OrganisationView(o.id(), o.name(), o.kind(), o.kind().label(), o.siren(), o.rna(),
				o.shortDescription(), o.longDescription(), o.address(), o.communeId(), o.latitude(), o.longitude(),
				o.territoryIds().stream().sorted().toList(), o.themes().stream().map(Term::code).toList(),
				o.competencies().stream().map(Term::code).toList(), o.website(), o.email(), o.phone(), o.visibility(),
				o.logoFile() != null, o.createdAt(), o.updatedAt(), o.version());
	}

}
