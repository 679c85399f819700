package org.maillage.territory;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/territories")
@Tag(name = "Territoires", description = "Géographie officielle (COG 2026)")
class TerritoryApiController {

	private final TerritoryService territories;

	TerritoryApiController(TerritoryService territories) {
		this.territories = territories;
	}

	@GetMapping
	@Operation(summary = "Chercher des territoires par nom, code postal, code INSEE ou numéro de département")
	List<TerritoryView> search(@RequestParam(name = "q", defaultValue = "") String q,
			@RequestParam(name = "level", required = false) TerritoryLevel level,
			@RequestParam(name = "limit", defaultValue = "10") int limit) {
		return territories.suggest(q, level, limit).stream().map(TerritoryView::of).toList();
	}

	@GetMapping("/{id}")
	TerritoryView get(@PathVariable String id) {
		return TerritoryView.of(territories.get(id));
	}

	@GetMapping("/{id}/inside")
	@Operation(summary = "Territoires contenus dans un territoire, à un niveau donné")
	List<TerritoryView> inside(@PathVariable String id,
			@RequestParam(name = "level", defaultValue = "COMMUNE") TerritoryLevel level,
			@RequestParam(name = "limit", defaultValue = "1000") int limit) {
		territories.get(id);
		return territories.inside(id, level, Math.max(1, Math.min(limit, 40_000)))
			.stream()
			.map(TerritoryView::of)
			.toList();
	}

	@GetMapping("/{id}/containing")
	@Operation(summary = "Territoires qui contiennent un territoire (EPCI, département, région)")
	List<TerritoryView> containing(@PathVariable String id) {
		territories.get(id);
		return territories.parents(id).stream().map(TerritoryView::of).toList();
	}

	record TerritoryView(String id, TerritoryLevel level, String code, String name, String label,
			String departementCode, String regionCode, Integer population, Double latitude, Double longitude,
			List<String> postalCodes) {

		static TerritoryView of(Territory t) {
			return new TerritoryView(t.id(), t.level(), t.code(), t.name(), t.label(), t.departementCode(),
					t.regionCode(), t.population(), t.latitude(), t.longitude(), t.postalCodes());
		}

	}

}
