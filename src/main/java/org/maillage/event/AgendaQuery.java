package org.maillage.event;

import java.text.Collator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Vocabulary;
import org.maillage.territory.TerritoryService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The calendar's filters as the list, month and map views share them: the territory typed
 * by the visitor resolved, events kept when they match, and the choices of the filter
 * form.
 */
@Component
class AgendaQuery {

	private final EventService events;

	private final OrganisationService organisations;

	private final TerritoryService territories;

	private final TaxonomyService taxonomy;

	AgendaQuery(EventService events, OrganisationService organisations, TerritoryService territories,
			TaxonomyService taxonomy) {
		this.events = events;
		this.organisations = organisations;
		this.territories = territories;
		this.taxonomy = taxonomy;
	}

	/**
	 * The filters from the request; an unknown territory is reported in the model and
	 * ignored.
	 */
	Agenda.Filters filters(EventFormat format, String theme, String territory, Long organisation, Model model) {
		String territoryId = null;
		if (territory != null && !territory.isBlank()) {
			var resolution = territories.resolve(territory, null);
			if (resolution.resolved()) {
				territoryId = resolution.territory().orElseThrow().id();
			}
			else {
				model.addAttribute("territoryError", true);
			}
		}
		model.addAttribute("territoryText", territory);
		return new Agenda.Filters(format, theme, territoryId, organisation);
	}

	List<Event> filter(List<Event> list, Agenda.Filters filters) {
		return list.stream().filter(e -> filters.accepts(e, places(e, filters))).toList();
	}

	/** What the filter form offers, with the organisers of upcoming events. */
	void choices(Agenda.Filters filters, Map<Long, String> names, Model model) {
		model.addAttribute("filters", filters);
		model.addAttribute("formats", EventFormat.values());
		model.addAttribute("themeTerms", taxonomy.list(Vocabulary.THEME));
		Map<Long, String> organisers = new TreeMap<>();
		events.between(Instant.now(), Instant.now().plus(730, ChronoUnit.DAYS))
			.forEach(e -> organisers.put(e.organisationId(), names.computeIfAbsent(e.organisationId(), this::name)));
		if (filters.organisationId() != null) {
			organisers.computeIfAbsent(filters.organisationId(), this::name);
		}
		model.addAttribute("organisers", sortedByName(organisers));
	}

	/** The organisers' names of these events. */
	Map<Long, String> organiserNames(List<Event> list, List<Event> past) {
		Map<Long, String> names = new HashMap<>();
		for (Event e : list) {
			names.computeIfAbsent(e.organisationId(), this::name);
		}
		for (Event e : past) {
			names.computeIfAbsent(e.organisationId(), this::name);
		}
		return names;
	}

	private String name(long organisationId) {
		return organisations.find(organisationId).map(Organisation::name).orElse("");
	}

	private Set<String> places(Event event, Agenda.Filters filters) {
		Set<String> places = new LinkedHashSet<>();
		if (filters.territoryId() != null) {
			if (event.communeId() != null) {
				places.addAll(territories.containing(event.communeId()));
			}
			if (event.territoryId() != null) {
				places.addAll(territories.containing(event.territoryId()));
			}
		}
		return places;
	}

	private static Map<Long, String> sortedByName(Map<Long, String> organisers) {
		Map<Long, String> sorted = new LinkedHashMap<>();
		var collator = Collator.getInstance(Locale.FRENCH);
		collator.setStrength(Collator.PRIMARY);
		organisers.entrySet()
			.stream()
			.sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

}
