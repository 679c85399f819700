package org.maillage.directory;

import org.maillage.directory.internal.DirectoryFilterForm;
import org.maillage.directory.internal.DirectoryFilters;
import org.maillage.territory.TerritoryService;
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

	private final DirectoryFilterForm filterForm;

	private final TerritoryService territories;

	DirectoryController(OrganisationSearch search, DirectoryFilterForm filterForm, TerritoryService territories) {
		this.search = search;
		this.filterForm = filterForm;
		this.territories = territories;
	}

	@GetMapping("/annuaire")
	String directory(DirectoryFilters filters, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		OrganisationCriteria criteria = filterForm.prepare(filters, model);
		var results = search.search(criteria, Math.max(1, page) - 1, PAGE_SIZE);
		model.addAttribute("results", results);
		var communeIds = results.hits()
			.stream()
			.map(Organisation::communeId)
			.filter(java.util.Objects::nonNull)
			.toList();
		model.addAttribute("communes", territories.findAll(communeIds));
		return htmx != null ? "directory/directory :: results" : "directory/directory";
	}

}
