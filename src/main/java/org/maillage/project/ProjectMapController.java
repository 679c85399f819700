package org.maillage.project;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.territory.Territory;
import tools.jackson.databind.json.JsonMapper;
import org.maillage.territory.TerritoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Projects on the map, each at its territory's centroid; the same projects are listed
 * under the map, so the page is useful without JavaScript.
 */
@Controller
class ProjectMapController {

	static final int MAX_ON_MAP = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A project placed on the map. */
	record Pin(long id, String title, String status, String url, double lat, double lon) {
	}

	private final ProjectSearch search;

	private final TerritoryService territories;

	private final ProjectTexts texts;

	private final String tileUrl;

	private final String tileAttribution;

	ProjectMapController(ProjectSearch search, TerritoryService territories, ProjectTexts texts,
			@Value("${maillage.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl,
			@Value("${maillage.map.attribution:© contributeurs OpenStreetMap}") String tileAttribution) {
		this.search = search;
		this.territories = territories;
		this.texts = texts;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	@GetMapping("/projets/carte")
	String map(@RequestParam(required = false) String q, @RequestParam(required = false) String status, Model model) {
		ProjectStatus chosen = ProjectPageController.parse(status, ProjectStatus.class);
		var criteria = new ProjectCriteria(q, chosen == null ? Set.of() : Set.of(chosen), null, null, null);
		List<Project> projects = search.find(criteria, MAX_ON_MAP);
		Map<String, Territory> places = territories
			.findAll(projects.stream().map(Project::territoryId).filter(id -> id != null).collect(Collectors.toSet()));
		List<Pin> pins = projects.stream()
			.filter(p -> p.territoryId() != null && places.containsKey(p.territoryId())
					&& places.get(p.territoryId()).latitude() != null)
			.map(p -> new Pin(p.id(), p.title(), texts.get("project.status." + p.status()), "/projets/" + p.id(),
					places.get(p.territoryId()).latitude(), places.get(p.territoryId()).longitude()))
			.toList();
		model.addAttribute("criteria", criteria);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("projects", projects);
		// inert JSON for the script: "</" cannot close the element
		model.addAttribute("pinsJson", JSON.writeValueAsString(pins).replace("</", "<\\/"));
		model.addAttribute("places", places);
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "project/map";
	}

}
