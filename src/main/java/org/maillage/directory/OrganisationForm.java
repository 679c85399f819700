package org.maillage.directory;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.maillage.directory.internal.Rna;
import org.maillage.directory.internal.SirenOrSiret;

/**
 * The organisation form as typed. {@code commune} and {@code addTerritory} are free text
 * resolved on the server (no JavaScript needed); {@code territories} are the ids already
 * chosen; {@code version} is the version the person started editing from.
 */
record OrganisationForm(
		@NotBlank(message = "{directory.name.required}") @Size(max = 200,
				message = "{directory.name.size}") String name,
		@NotNull(message = "{directory.kind.required}") OrganisationKind kind, @SirenOrSiret String siren,
		@Rna String rna, @Size(max = 280, message = "{directory.shortDescription.size}") String shortDescription,
		@Size(max = 20000, message = "{directory.longDescription.size}") String longDescription,
		@Size(max = 300, message = "{directory.address.size}") String address, String commune,
		@DecimalMin(value = "-90", message = "{directory.latitude.range}") @DecimalMax(value = "90",
				message = "{directory.latitude.range}") String latitude,
		@DecimalMin(value = "-180", message = "{directory.longitude.range}") @DecimalMax(value = "180",
				message = "{directory.longitude.range}") String longitude,
		Set<String> territories, String addTerritory, Set<String> themes, Set<String> competencies,
		@Size(max = 500, message = "{directory.website.invalid}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
				message = "{directory.website.invalid}") String website,
		@Email(message = "{directory.email.invalid}") @Size(max = 254,
				message = "{directory.email.invalid}") String email,
		@Pattern(regexp = "^$|^[+0-9 .()-]{6,30}$", message = "{directory.phone.invalid}") String phone,
		Visibility visibility, Long version, Boolean confirmDuplicates) {

	OrganisationForm {
		// coordinates are typed as text, so that "45,42" (French decimal comma) or "abc"
		// get a message
		// next to the field instead of failing the whole form's conversion
		latitude = decimal(latitude);
		longitude = decimal(longitude);
		territories = territories == null ? new LinkedHashSet<>() : new LinkedHashSet<>(territories);
		themes = themes == null ? Set.of() : themes;
		competencies = competencies == null ? Set.of() : competencies;
		visibility = visibility == null ? Visibility.PUBLIC : visibility;
		confirmDuplicates = Boolean.TRUE.equals(confirmDuplicates);
	}

	static OrganisationForm empty() {
		return new OrganisationForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, Visibility.PUBLIC, null, false);
	}

	static OrganisationForm of(Organisation o, String communeLabel) {
		return new OrganisationForm(o.name(), o.kind(), o.siren(), o.rna(), o.shortDescription(), o.longDescription(),
				o.address(), communeLabel, text(o.latitude()), text(o.longitude()),
				new LinkedHashSet<>(o.territoryIds()), null, codes(o.themes()), codes(o.competencies()), o.website(),
				o.email(), o.phone(), o.visibility(), o.version(), false);
	}

	private static String decimal(String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip().replace(',', '.');
	}

	private static String text(Double value) {
		return value == null ? null : value.toString();
	}

	private static Double number(String decimal) {
		return decimal == null ? null : Double.valueOf(decimal);
	}

	private static Set<String> codes(java.util.List<Term> terms) {
		Set<String> codes = new LinkedHashSet<>();
		terms.forEach(t -> codes.add(t.code()));
		return codes;
	}

	OrganisationForm withResolved(String communeText, Set<String> territoryIds, Long version) {
		return new OrganisationForm(name, kind, siren, rna, shortDescription, longDescription, address, communeText,
				latitude, longitude, territoryIds, null, themes, competencies, website, email, phone, visibility,
				version, confirmDuplicates);
	}

	OrganisationCommand toCommand(String communeId, Set<String> territoryIds) {
		return new OrganisationCommand(name, kind, siren, rna, shortDescription, longDescription, address, communeId,
				number(latitude), number(longitude), territoryIds, themes, competencies, website, email, phone,
				visibility);
	}

}
