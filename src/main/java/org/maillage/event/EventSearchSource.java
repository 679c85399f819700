package org.maillage.event;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchSource;
import org.maillage.search.SearchType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events in the global search: public events for everyone, members-only events for
 * signed-in members. Registrants are never part of the entry.
 */
@Component
class EventSearchSource implements SearchSource {

	private final EventRepository events;

	EventSearchSource(EventRepository events) {
		this.events = events;
	}

	@Override
	public SearchType type() {
		return SearchType.EVENT;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchEntry> entry(String id) {
		try {
			return events.findById(Long.parseLong(id)).map(EventSearchSource::entryOf);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Consumer<SearchEntry> consumer) {
		events.findAll().forEach(event -> consumer.accept(entryOf(event)));
	}

	private static SearchEntry entryOf(Event event) {
		StringBuilder text = new StringBuilder();
		append(text, event.description());
		append(text, event.objectives());
		append(text, event.audience());
		append(text, event.facilitators());
		event.programme().forEach(item -> {
			append(text, item.title());
			append(text, item.description());
			append(text, item.speaker());
		});
		append(text, event.synthesis());
		Set<String> territories = new java.util.LinkedHashSet<>();
		if (event.communeId() != null) {
			territories.add(event.communeId());
		}
		if (event.territoryId() != null) {
			territories.add(event.territoryId());
		}
		return new SearchEntry(SearchType.EVENT, String.valueOf(event.id()), event.title(),
				event.audience() != null ? event.audience() : "", text.toString(), "/agenda/" + event.id(),
				event.themes(), territories,
				Map.of("format", event.format().name(), "organisation", String.valueOf(event.organisationId())),
				event.isPublic() ? SearchAudience.EVERYONE : SearchAudience.MEMBERS, event.startsAt());
	}

	private static void append(StringBuilder text, String part) {
		if (part != null && !part.isBlank()) {
			text.append(part).append('\n');
		}
	}

}
