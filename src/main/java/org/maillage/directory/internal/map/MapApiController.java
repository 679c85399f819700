package org.maillage.directory.internal.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.common.DomainException;
import org.maillage.directory.internal.DirectoryFilters;
import org.springdoc.core.annotations.ParameterObject;
import org.maillage.territory.TerritoryService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GeoJSON for the map: clusters counted on the server, so 100,000 organisations stay
 * fast.
 */
@RestController
@Tag(name = "Annuaire")
class MapApiController {

	private final OrganisationMap map;

	private final TerritoryService territories;

	MapApiController(OrganisationMap map, TerritoryService territories) {
		this.map = map;
		this.territories = territories;
	}

	@GetMapping(path = "/api/v1/organisations/geojson",
			produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Organisations de la vue de carte (bbox=ouest,sud,est,nord), regroupées selon le zoom")
	Map<String, Object> geojson(@RequestParam(name = "bbox", required = false) String bbox,
			@RequestParam(name = "zoom", defaultValue = "6") int zoom, @ParameterObject DirectoryFilters filters) {
		OrganisationMap.View view = map.view(filters.criteria(territories), parse(bbox), Math.clamp(zoom, 0, 22));
		List<Map<String, Object>> features = view.markers().stream().map(MapApiController::feature).toList();
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("total", view.total());
		collection.put("clustered", view.clustered());
		collection.put("features", features);
		return collection;
	}

	private static Map<String, Object> feature(OrganisationMap.Marker marker) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (marker.single()) {
			properties.put("id", marker.id());
			properties.put("name", marker.name());
			properties.put("kind", marker.kind());
			properties.put("url", "/annuaire/organisations/" + marker.id());
		}
		else {
			properties.put("cluster", true);
			properties.put("count", marker.count());
		}
		return Map.of("type", "Feature", "geometry",
				Map.of("type", "Point", "coordinates", List.of(marker.longitude(), marker.latitude())), "properties",
				properties);
	}

	static OrganisationMap.Box parse(String bbox) {
		if (bbox == null || bbox.isBlank()) {
			return OrganisationMap.Box.WORLD;
		}
		String[] parts = bbox.split(",");
		try {
			if (parts.length != 4) {
				throw new IllegalArgumentException();
			}
			return new OrganisationMap.Box(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
					Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
		}
		catch (IllegalArgumentException e) {
			throw new DomainException("directory.map.badBbox", bbox);
		}
	}

}
