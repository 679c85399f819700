package org.maillage.event;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.maillage.common.FrenchTime;
import org.maillage.common.Markdown;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Term;
import org.maillage.directory.Vocabulary;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The calendar (list and month), the iCalendar feeds and each event's public page. */
@Controller
class EventController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EventService events;

	private final RegistrationService registrations;

	private final EventCalendar calendar;

	private final OrganisationService organisations;

	private final TerritoryService territories;

	private final TaxonomyService taxonomy;

	private final AgendaQuery agenda;

	private final EventMapTiles tiles;

	EventController(EventService events, RegistrationService registrations, EventCalendar calendar,
			OrganisationService organisations, TerritoryService territories, TaxonomyService taxonomy,
			AgendaQuery agenda, EventMapTiles tiles) {
		this.agenda = agenda;
		this.tiles = tiles;
		this.events = events;
		this.registrations = registrations;
		this.calendar = calendar;
		this.organisations = organisations;
		this.territories = territories;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/agenda")
	String agenda(@RequestParam(required = false) EventFormat format, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String territory, @RequestParam(required = false) Long organisation,
			@RequestParam(required = false) String vue,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth mois, Model model) {
		var filters = agenda.filters(format, theme, territory, organisation, model);
		boolean monthView = "mois".equals(vue);
		YearMonth month = mois != null ? mois : YearMonth.now(FrenchTime.ZONE);
		Instant from = monthView ? month.atDay(1).atStartOfDay(FrenchTime.ZONE).toInstant() : Instant.now();
		Instant to = monthView ? month.plusMonths(1).atDay(1).atStartOfDay(FrenchTime.ZONE).toInstant()
				: Instant.now().plus(730, ChronoUnit.DAYS);
		List<Event> list = agenda.filter(events.between(from, to), filters);
		List<Event> past = monthView ? List.of() : agenda.filter(events.past(50), filters).stream().limit(12).toList();
		model.addAttribute("events", list);
		model.addAttribute("past", past);
		model.addAttribute("taken", events.takenSeats(list));
		model.addAttribute("monthView", monthView);
		model.addAttribute("month", month);
		model.addAttribute("weeks", monthView ? Agenda.month(month, list) : List.of());
		Map<Long, String> names = agenda.organiserNames(list, past);
		model.addAttribute("organiserNames", names);
		agenda.choices(filters, names, model);
		return "event/agenda";
	}

	@GetMapping(value = "/agenda.ics")
	ResponseEntity<String> feed(@RequestParam(required = false) Long organisation) {
		List<Event> list = events
			.between(Instant.now().minus(90, ChronoUnit.DAYS), Instant.now().plus(730, ChronoUnit.DAYS))
			.stream()
			.filter(Event::isPublic)
			.filter(e -> organisation == null || e.organisationId() == organisation)
			.toList();
		return ics(calendar.file(list, "Agenda"), "agenda.ics");
	}

	@GetMapping("/annuaire/organisations/{id}/agenda.ics")
	ResponseEntity<String> organisationFeed(@PathVariable long id) {
		organisations.get(id);
		return feed(id);
	}

	@GetMapping("/agenda/{id}/evenement.ics")
	ResponseEntity<String> eventFile(@PathVariable long id) {
		Event event = events.get(id);
		return ics(calendar.file(List.of(event), event.title()), "evenement-" + id + ".ics");
	}

	@GetMapping("/agenda/{id}")
	String event(@PathVariable long id, Model model) {
		Event event = events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("seats", registrations.seats(id));
		model.addAttribute("waiting", registrations.waitingCount(id));
		model.addAttribute("names", registrations.consentingNames(id));
		model.addAttribute("organiser", organisations.find(event.organisationId()).orElse(null));
		Territory commune = event.communeId() == null ? null : territories.find(event.communeId()).orElse(null);
		model.addAttribute("place", commune == null ? null : commune.label());
		// the commune's centroid: the map shows where, the address says exactly where
		boolean onMap = commune != null && commune.latitude() != null && commune.longitude() != null;
		model.addAttribute("mapPoint", onMap ? commune : null);
		if (onMap) {
			tiles.addTo(model);
		}
		model.addAttribute("descriptionHtml", Markdown.toSafeHtml(event.description()));
		model.addAttribute("themeLabels", themeLabels(event.themes()));
		model.addAttribute("open", event.isOpen(Instant.now()));
		model.addAttribute("past", event.isPast(Instant.now()));
		model.addAttribute("canOrganise", events.canOrganise(event));
		model.addAttribute("facilitatorPeople", events.facilitatorsShown(event));
		model.addAttribute("googleLink", calendar.googleLink(event));
		model.addAttribute("jsonLd", jsonLd(event));
		return "event/event";
	}

	private List<String> themeLabels(Set<String> codes) {
		return taxonomy.list(Vocabulary.THEME).stream().filter(t -> codes.contains(t.code())).map(Term::label).toList();
	}

	/** schema.org Event, for search engines and calendar tools. */
	private String jsonLd(Event event) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", "https://schema.org");
		json.put("@type", "Event");
		json.put("name", event.title());
		json.put("startDate", event.startsAt().atZone(FrenchTime.ZONE).toOffsetDateTime().toString());
		json.put("endDate", event.endsAt().atZone(FrenchTime.ZONE).toOffsetDateTime().toString());
		json.put("url", calendar.pageUrl(event));
		json.put("eventStatus", "https://schema.org/EventScheduled");
		if (event.address() != null || event.communeId() != null) {
			json.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
			Map<String, Object> place = new LinkedHashMap<>();
			place.put("@type", "Place");
			place.put("name", event.address() != null ? event.address() : "");
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			address.put("streetAddress", event.address() != null ? event.address() : "");
			if (event.communeId() != null) {
				territories.find(event.communeId()).ifPresent(t -> address.put("addressLocality", t.name()));
			}
			address.put("addressCountry", "FR");
			place.put("address", address);
			json.put("location", place);
		}
		else if (event.onlineUrl() != null) {
			json.put("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode");
			json.put("location", Map.of("@type", "VirtualLocation", "url", event.onlineUrl()));
		}
		if (event.description() != null) {
			json.put("description", event.description());
		}
		json.put("maximumAttendeeCapacity", event.capacity());
		organisations.find(event.organisationId())
			.ifPresent(o -> json.put("organizer", Map.of("@type", "Organization", "name", o.name())));
		try {
			return JSON.writeValueAsString(json).replace("</", "<\\/");
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ResponseEntity<String> ics(String body, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

}
