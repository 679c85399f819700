package org.maillage.territory;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The territories pages and the suggestions fragment used by every territory field. */
@Controller
class TerritoryController {

	private static final int CHILDREN_SHOWN = 200;

	private final TerritoryService territories;

	TerritoryController(TerritoryService territories) {
		this.territories = territories;
	}

	@GetMapping("/territoires")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "niveau", required = false) TerritoryLevel level, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("level", level);
		model.addAttribute("levels", TerritoryLevel.values());
		model.addAttribute("results", q == null ? List.of() : territories.suggest(q, level, 30));
		return "territory/search";
	}

	@GetMapping("/territoires/{id}")
	String show(@PathVariable String id, Model model) {
		Territory territory = territories.get(id);
		model.addAttribute("territory", territory);
		model.addAttribute("parents", territories.parents(id));
		TerritoryLevel childLevel = switch (territory.level()) {
			case REGION -> TerritoryLevel.DEPARTEMENT;
			case DEPARTEMENT -> TerritoryLevel.EPCI;
			case EPCI -> TerritoryLevel.COMMUNE;
			case COMMUNE -> null;
		};
		if (childLevel != null) {
			model.addAttribute("childLevel", childLevel);
			model.addAttribute("children", territories.inside(id, childLevel, CHILDREN_SHOWN));
			model.addAttribute("childCount", territories.countInside(id, childLevel));
		}
		return "territory/show";
	}

	/** Options of a datalist, for htmx; the field itself works without them. */
	@GetMapping("/territoires/suggestions")
	String suggestions(@RequestParam Map<String, String> parameters,
			@RequestParam(name = "level", required = false) TerritoryLevel level, Model model) {
		// htmx sends the field under its own name (champ=<name>); "q" for direct calls
		String q = parameters.getOrDefault("q", parameters.get(parameters.getOrDefault("champ", "q")));
		model.addAttribute("results",
				q == null || q.strip().length() < 2 ? List.of() : territories.suggest(q, level, 10));
		return "territory/fragments :: options";
	}

}
