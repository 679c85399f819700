package org.maillage.event;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.maillage.common.FrenchTime;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Upcoming events on a map, each at its commune's centroid, with the calendar's filters;
 * the same events are listed under the map (online ones apart), so the page is useful
 * without JavaScript.
 */
@Controller
class AgendaMapController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

	/** An event placed on the map. */
	record Pin(long id, String title, String when, String place, String url, double lat, double lon) {
	}

	private final EventService events;

	private final AgendaQuery agenda;

	private final TerritoryService territories;

	private final EventMapTiles tiles;

	AgendaMapController(EventService events, AgendaQuery agenda, TerritoryService territories, EventMapTiles tiles) {
		this.events = events;
		this.agenda = agenda;
		this.territories = territories;
		this.tiles = tiles;
	}

	@GetMapping("/agenda/carte")
	String map(@RequestParam(required = false) EventFormat format, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String territory, @RequestParam(required = false) Long organisation,
			Model model) {
		var filters = agenda.filters(format, theme, territory, organisation, model);
		List<Event> upcoming = agenda.filter(events.between(Instant.now(), Instant.now().plus(730, ChronoUnit.DAYS)),
				filters);
		Map<String, Territory> places = new HashMap<>(territories
			.findAll(upcoming.stream().map(Event::communeId).filter(Objects::nonNull).collect(Collectors.toSet())));
		List<Event> placed = upcoming.stream().filter(e -> located(places.get(e.communeId()))).toList();
		List<Event> elsewhere = upcoming.stream().filter(e -> !located(places.get(e.communeId()))).toList();
		List<Pin> pins = placed.stream().map(e -> {
			Territory commune = places.get(e.communeId());
			return new Pin(e.id(), e.title(), DAY.format(e.startsAt().atZone(FrenchTime.ZONE)), commune.label(),
					"/agenda/" + e.id(), commune.latitude(), commune.longitude());
		}).toList();
		model.addAttribute("placed", placed);
		model.addAttribute("elsewhere", elsewhere);
		model.addAttribute("places", places);
		model.addAttribute("organiserNames", agenda.organiserNames(upcoming, List.of()));
		// inert JSON for the script: "</" cannot close the element
		model.addAttribute("pinsJson", json(pins).replace("</", "<\\/"));
		agenda.choices(filters, agenda.organiserNames(upcoming, List.of()), model);
		tiles.addTo(model);
		return "event/agenda-map";
	}

	private static boolean located(Territory commune) {
		return commune != null && commune.latitude() != null && commune.longitude() != null;
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
