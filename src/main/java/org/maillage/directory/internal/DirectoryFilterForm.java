package org.maillage.directory.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Term;
import org.maillage.directory.Vocabulary;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryResolution;
import org.maillage.territory.TerritoryService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The directory's filter form, shared by the list and the map (fragment
 * {@code directory/fragments :: filters}): resolves the typed territory, explains one
 * that cannot be resolved next to the field, and offers the kinds, themes and
 * competencies.
 */
@Component
public class DirectoryFilterForm {

	private final TerritoryService territories;

	private final TaxonomyService taxonomy;

	private final MessageSource messages;

	DirectoryFilterForm(TerritoryService territories, TaxonomyService taxonomy, MessageSource messages) {
		this.territories = territories;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	/** Puts the form's model in place and returns the criteria it designates. */
	public OrganisationCriteria prepare(DirectoryFilters filters, Model model) {
		String territoryId = null;
		String territoryError = null;
		String territoryText = filters.territory();
		if (filters.hasTerritory()) {
			TerritoryResolution resolution = territories.resolve(filters.territory(), null);
			if (resolution.resolved()) {
				territoryId = resolution.territory().orElseThrow().id();
				territoryText = resolution.territory().orElseThrow().choice();
			}
			else if (resolution.isAmbiguous()) {
				territoryError = text("directory.territory.ambiguous",
						resolution.candidates()
							.stream()
							.limit(8)
							.map(Territory::label)
							.collect(Collectors.joining(", ")));
			}
			else {
				territoryError = text("directory.territory.unknown");
			}
		}
		OrganisationCriteria criteria = filters.criteria(territoryId);
		model.addAttribute("criteria", criteria);
		model.addAttribute("territoryText", territoryText);
		model.addAttribute("territoryError", territoryError);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("themeLabels", labels(Vocabulary.THEME));
		model.addAttribute("competencyLabels", labels(Vocabulary.COMPETENCY));
		return criteria;
	}

	private Map<String, String> labels(Vocabulary vocabulary) {
		return taxonomy.list(vocabulary)
			.stream()
			.collect(Collectors.toMap(Term::code, Term::label, (a, b) -> a, LinkedHashMap::new));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
