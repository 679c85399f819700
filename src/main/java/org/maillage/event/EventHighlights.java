package org.maillage.event;

import java.util.List;
import java.util.Optional;

import org.maillage.directory.OrganisationHighlights;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** An organisation's upcoming events, on its page in the directory. */
@Component
class EventHighlights implements OrganisationHighlights {

	private final EventService events;

	private final MessageSource messages;

	EventHighlights(EventService events, MessageSource messages) {
		this.events = events;
		this.messages = messages;
	}

	@Override
	public Optional<Highlight> forOrganisation(long organisationId) {
		List<Item> items = events.upcomingOf(organisationId)
			.stream()
			.map(e -> new Item(e.title(), "/agenda/" + e.id(),
					EventMails.WHEN.format(e.startsAt().atZone(org.maillage.common.FrenchTime.ZONE))))
			.toList();
		if (items.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Highlight(
				messages.getMessage("event.highlights.title", null, LocaleContextHolder.getLocale()), 30, items));
	}

}
