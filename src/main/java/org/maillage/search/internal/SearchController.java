package org.maillage.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.search.SearchType;
import org.maillage.search.ThemeLabels;
import org.maillage.territory.TerritoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: one box, results with their kind, a highlighted snippet, facets as
 * plain links, and "did you mean" when nothing matched. One URL, two renderings: htmx
 * gets the {@code results} fragment the full page is built from.
 */
@Controller
class SearchController {

	private final GlobalSearch search;

	private final Viewers viewers;

	private final TerritoryService territories;

	private final ObjectProvider<ThemeLabels> themeLabels;

	private final Map<String, String> territoryLabels = new java.util.concurrent.ConcurrentHashMap<>();

	SearchController(GlobalSearch search, Viewers viewers, TerritoryService territories,
			ObjectProvider<ThemeLabels> themeLabels) {
		this.search = search;
		this.viewers = viewers;
		this.territories = territories;
		this.themeLabels = themeLabels;
	}

	@GetMapping("/recherche")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> type,
			@RequestParam(required = false) List<String> theme, @RequestParam(required = false) String territory,
			@RequestParam(required = false) String licence, @RequestParam(required = false) String maturity,
			@RequestParam(defaultValue = "1") String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		List<String> unknown = new ArrayList<>();
		Set<SearchType> types = SearchTypes.parseAll(type, unknown);
		SearchCriteria criteria = new SearchCriteria(q, types, theme == null ? null : Set.copyOf(theme), territory,
				licence, maturity, null);
		model.addAttribute("criteria", criteria);
		model.addAttribute("links", new SearchLinks(criteria));
		model.addAttribute("allTypes", SearchType.values());
		model.addAttribute("slugs", java.util.Arrays.stream(SearchType.values())
			.collect(java.util.stream.Collectors.toMap(t -> t, SearchTypes::slug)));
		if (!criteria.isEmpty()) {
			var results = search.search(criteria, viewers.current(), pageNumber(page) - 1, GlobalSearch.PAGE_SIZE);
			model.addAttribute("results", results);
			Set<String> territoryIds = new java.util.HashSet<>(results.territories().keySet());
			if (criteria.territory() != null) {
				territoryIds.add(criteria.territory());
			}
			model.addAttribute("territoryLabels", territoryLabels(territoryIds));
			model.addAttribute("themeLabels",
					themeLabels.stream().findFirst().map(ThemeLabels::themeLabels).orElse(Map.of()));
		}
		return htmx != null ? "search/search :: results" : "search/search";
	}

	/**
	 * Labels of the territories in the facet (départements and régions: a few hundred,
	 * fixed by the official geography) and of the chosen one, read once and kept.
	 */
	private Map<String, String> territoryLabels(Set<String> ids) {
		Set<String> missing = new java.util.HashSet<>(ids);
		missing.removeAll(territoryLabels.keySet());
		if (!missing.isEmpty()) {
			territories.findAll(missing).forEach((id, territory) -> territoryLabels.put(id, territory.label()));
		}
		Map<String, String> labels = new java.util.HashMap<>();
		ids.forEach(id -> {
			String label = territoryLabels.get(id);
			if (label != null) {
				labels.put(id, label);
			}
		});
		return labels;
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

}
