package org.maillage.directory.internal.map;

import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationSearch;
import org.maillage.directory.internal.DirectoryFilterForm;
import org.maillage.directory.internal.DirectoryFilters;
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

	private final DirectoryFilterForm filterForm;

	private final String tileUrl;

	private final String tileAttribution;

	MapController(OrganisationSearch search, DirectoryFilterForm filterForm,
			@Value("${maillage.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl,
			@Value("${maillage.map.attribution:© contributeurs OpenStreetMap}") String tileAttribution) {
		this.search = search;
		this.filterForm = filterForm;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	@GetMapping("/carte")
	String map(DirectoryFilters filters, Model model) {
		OrganisationCriteria criteria = filterForm.prepare(filters, model);
		model.addAttribute("total", search.count(criteria));
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "directory/map";
	}

}
