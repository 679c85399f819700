package org.maillage.directory;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.directory.internal.DirectoryFilters;
import org.maillage.territory.TerritoryResolution;
import org.maillage.territory.TerritoryService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory page: filters, facet counts and results. One URL, two renderings: htmx
 * requests get the {@code results} fragment the full page is built from; without
 * JavaScript the form simply reloads the page.
 */
@Controller
class DirectoryController {

	static final int PAGE_SIZE = 20;

	private final OrganisationSearch search;

	private final TaxonomyService taxonomy;

	private final TerritoryService territories;

	private final MessageSource messages;

	DirectoryController(OrganisationSearch search, TaxonomyService taxonomy, TerritoryService territories,
			MessageSource messages) {
		this.messages = messages;
		this.search = search;
		this.taxonomy = taxonomy;
		this.territories = territories;
	}

	@GetMapping("/annuaire")
	String directory(DirectoryFilters filters, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
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
							.map(t -> t.label())
							.collect(Collectors.joining(", ")));
			}
			else {
				territoryError = text("directory.territory.unknown");
			}
		}
		var criteria = filters.criteria(territoryId);
		var results = search.search(criteria, Math.max(1, page) - 1, PAGE_SIZE);
		model.addAttribute("criteria", criteria);
		model.addAttribute("territoryText", territoryText);
		model.addAttribute("territoryError", territoryError);
		model.addAttribute("results", results);
		model.addAttribute("themeLabels", labels(Vocabulary.THEME));
		model.addAttribute("competencyLabels", labels(Vocabulary.COMPETENCY));
		model.addAttribute("kinds", OrganisationKind.values());
		var communeIds = results.hits()
			.stream()
			.map(Organisation::communeId)
			.filter(java.util.Objects::nonNull)
			.toList();
		model.addAttribute("communes", territories.findAll(communeIds));
		return htmx != null ? "directory/directory :: results" : "directory/directory";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private Map<String, String> labels(Vocabulary vocabulary) {
		return taxonomy.list(vocabulary)
			.stream()
			.collect(Collectors.toMap(Term::code, Term::label, (a, b) -> a, java.util.LinkedHashMap::new));
	}

}
