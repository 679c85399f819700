package org.maillage.directory.internal.map;

import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.OrganisationSearch;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Vocabulary;
import org.maillage.directory.internal.DirectoryFilters;
import org.maillage.territory.TerritoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The map page: the directory's filters, and the map that JavaScript loads from the
 * GeoJSON API.
 */
@Controller
class MapController {

	private final OrganisationSearch search;

	private final TerritoryService territories;

	private final String tileUrl;

	private final String tileAttribution;

	private final TaxonomyService taxonomy;

	MapController(OrganisationSearch search, TerritoryService territories, TaxonomyService taxonomy,
			@Value("${maillage.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl,
			@Value("${maillage.map.attribution:© contributeurs OpenStreetMap}") String tileAttribution) {
		this.search = search;
		this.territories = territories;
		this.taxonomy = taxonomy;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	@GetMapping("/carte")
	String map(DirectoryFilters filters, Model model) {
		OrganisationCriteria criteria = filters.criteria(territories);
		model.addAttribute("filters", filters);
		model.addAttribute("total", search.count(criteria));
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("themes", taxonomy.list(Vocabulary.THEME));
		model.addAttribute("competencies", taxonomy.list(Vocabulary.COMPETENCY));
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "directory/map";
	}

}
