package org.maillage.directory.internal.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.maillage.directory.OrganisationCommand;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.Visibility;
import org.maillage.directory.internal.RegistryNumbers;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryResolution;

/**
 * Turns one CSV line into an organisation to create, checking every rule a form checks
 * and saying in French what is wrong, line by line. Columns (French headers, any case or
 * accents): nom, type, siren, rna, description, description_longue, adresse, commune,
 * site, email, telephone, thematiques, competences, territoires, visibilite. Lists are
 * separated by "|".
 */
final class ImportLineReader {

	static final List<String> COLUMNS = List.of("nom", "type", "siren", "rna", "description", "description_longue",
			"adresse", "commune", "site", "email", "telephone", "thematiques", "competences", "territoires",
			"visibilite");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s]+$", Pattern.CASE_INSENSITIVE);

	private final Function<String, TerritoryResolution> communes;

	private final Function<String, TerritoryResolution> territories;

	private final Map<String, String> themes;

	private final Map<String, String> competencies;

	/**
	 * @param themes theme codes by normalised code and normalised label
	 * @param competencies the same for competencies
	 */
	ImportLineReader(Function<String, TerritoryResolution> communes, Function<String, TerritoryResolution> territories,
			Map<String, String> themes, Map<String, String> competencies) {
		this.communes = communes;
		this.territories = territories;
		this.themes = themes;
		this.competencies = competencies;
	}

	ImportLine read(CsvFile.Row row) {
		int line = row.line();
		List<String> errors = new ArrayList<>();
		String name = row.get("nom");
		if (name.isEmpty()) {
			errors.add(error(line, "le nom est obligatoire"));
		}
		else if (name.length() > 200) {
			errors.add(error(line, "le nom dépasse 200 caractères"));
		}
		OrganisationKind kind = kind(row.get("type"));
		if (kind == null) {
			errors.add(row.get("type").isEmpty() ? error(line, "le type de structure est obligatoire") : error(line,
					"le type « " + row.get("type") + " » n'existe pas (ex. association, commune, EPCI, entreprise)"));
		}
		String siren = RegistryNumbers.clean(row.get("siren"));
		if (!siren.isEmpty() && !RegistryNumbers.isSirenOrSiret(siren)) {
			errors.add(error(line,
					"le SIREN/SIRET " + row.get("siren") + " n'est pas valide (clé de contrôle incorrecte)"));
		}
		String rna = row.get("rna").toUpperCase(Locale.ROOT).replace(" ", "");
		if (!rna.isEmpty() && !RegistryNumbers.isRna(rna)) {
			errors.add(error(line, "le numéro RNA " + row.get("rna") + " n'est pas valide (W suivi de 9 chiffres)"));
		}
		String description = row.get("description");
		if (description.length() > 280) {
			errors.add(error(line, "la description courte dépasse 280 caractères"));
		}
		String communeId = null;
		String commune = row.get("commune");
		if (!commune.isEmpty()) {
			TerritoryResolution resolution = communes.apply(commune);
			if (resolution.resolved()) {
				communeId = resolution.territory().map(Territory::id).orElseThrow();
			}
			else if (resolution.isAmbiguous()) {
				errors.add(error(line, "plusieurs communes s'appellent « " + commune + " » : indiquez le code INSEE"));
			}
			else {
				errors.add(error(line, "commune « " + commune + " » introuvable"));
			}
		}
		Set<String> territoryIds = new LinkedHashSet<>();
		for (String value : list(row.get("territoires"))) {
			TerritoryResolution resolution = territories.apply(value);
			if (resolution.resolved()) {
				territoryIds.add(resolution.territory().map(Territory::id).orElseThrow());
			}
			else {
				errors.add(error(line, "territoire « " + value + " » " + (resolution.isAmbiguous()
						? "ambigu : indiquez son code (ex. dep:42, com:42168)" : "introuvable")));
			}
		}
		Set<String> themeCodes = terms(line, row.get("thematiques"), themes, "thématique", errors);
		Set<String> competencyCodes = terms(line, row.get("competences"), competencies, "compétence", errors);
		String website = row.get("site");
		if (!website.isEmpty() && !WEBSITE.matcher(website).matches()) {
			errors.add(error(line, "le site « " + website + " » doit commencer par http:// ou https://"));
		}
		String email = row.get("email");
		if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
			errors.add(error(line, "l'adresse électronique « " + email + " » n'est pas valide"));
		}
		tooLong(line, row.get("adresse"), 300, "l'adresse", errors);
		tooLong(line, website, 500, "le site", errors);
		tooLong(line, email, 254, "l'adresse électronique", errors);
		tooLong(line, row.get("telephone"), 30, "le téléphone", errors);
		tooLong(line, row.get("descriptionlongue"), 20_000, "la description longue", errors);
		Visibility visibility = visibility(row.get("visibilite"));
		if (visibility == null) {
			errors
				.add(error(line, "la visibilité « " + row.get("visibilite") + " » n'existe pas (publique ou membres)"));
		}
		OrganisationCommand command = errors.isEmpty() ? new OrganisationCommand(name, kind, blank(siren), blank(rna),
				blank(description), blank(row.get("descriptionlongue")), blank(row.get("adresse")), communeId, null,
				null, territoryIds.isEmpty() && communeId != null ? Set.of(communeId) : territoryIds, themeCodes,
				competencyCodes, blank(website), blank(email), blank(row.get("telephone")), visibility) : null;
		return new ImportLine(line, name, command, List.copyOf(errors), List.of());
	}

	private Set<String> terms(int line, String value, Map<String, String> known, String what, List<String> errors) {
		Set<String> codes = new LinkedHashSet<>();
		for (String item : list(value)) {
			String code = known.get(CsvFile.key(item));
			if (code == null) {
				errors.add(error(line, what + " « " + item + " » inconnue"));
			}
			else {
				codes.add(code);
			}
		}
		return codes;
	}

	private static void tooLong(int line, String value, int max, String what, List<String> errors) {
		if (value.length() > max) {
			errors.add(error(line, what + " dépasse " + max + " caractères"));
		}
	}

	static String error(int line, String message) {
		return "Ligne " + line + " : " + message + ".";
	}

	private static List<String> list(String value) {
		List<String> items = new ArrayList<>();
		for (String item : value.split("[|]")) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static OrganisationKind kind(String value) {
		String wanted = CsvFile.key(value);
		if (wanted.isEmpty()) {
			return null;
		}
		for (OrganisationKind kind : OrganisationKind.values()) {
			if (CsvFile.key(kind.name()).equals(wanted) || CsvFile.key(kind.label()).equals(wanted)) {
				return kind;
			}
		}
		return switch (wanted) {
			case "intercommunalite", "communautedecommunes", "communautedagglomeration", "metropole" ->
				OrganisationKind.EPCI;
			case "scic", "scop", "cooperative" -> OrganisationKind.COOPERATIVE;
			case "gal", "leader" -> OrganisationKind.GAL_LEADER;
			case "conseildedeveloppement", "codev" -> OrganisationKind.DEVELOPMENT_COUNCIL;
			case "chambre", "chambreconsulaire" -> OrganisationKind.CHAMBER;
			case "etat", "servicedeletat" -> OrganisationKind.STATE_SERVICE;
			case "autre" -> OrganisationKind.OTHER;
			default -> null;
		};
	}

	private static Visibility visibility(String value) {
		return switch (CsvFile.key(value)) {
			case "", "publique", "public", "tous" -> Visibility.PUBLIC;
			case "membres", "members", "reserveeauxmembres" -> Visibility.MEMBERS;
			default -> null;
		};
	}

}
