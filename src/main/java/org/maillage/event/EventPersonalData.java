package org.maillage.event;

import java.util.List;
import java.util.Map;

import org.maillage.account.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * A user's registrations made while signed in: exported with their account, and unlinked
 * from it when the account is deleted (the registration itself stays, for the organiser's
 * counts, under the name and e-mail the person gave).
 */
@Component
class EventPersonalData implements PersonalDataContributor {

	private final RegistrationRepository registrations;

	private final EventRepository events;

	EventPersonalData(RegistrationRepository registrations, EventRepository events) {
		this.registrations = registrations;
		this.events = events;
	}

	@Override
	public String section() {
		return "event";
	}

	@Override
	public Object export(long userId) {
		List<Map<String, Object>> list = new java.util.ArrayList<>();
		for (Registration registration : registrations.findByUser(userId)) {
			for (Participant p : registration.participants()) {
				if (p.userId() != null && p.userId() == userId) {
					list.add(Map.of("event", events.findById(registration.eventId()).map(Event::title).orElse("?"),
							"status", registration.status().name(), "name", p.name(), "email", p.email(), "role",
							p.role().name(), "answers", p.answers(), "registeredAt",
							registration.createdAt().toString()));
				}
			}
		}
		return list;
	}

	@Override
	public void erase(long userId) {
		for (Registration registration : registrations.findByUser(userId)) {
			registration.participants()
				.stream()
				.filter(p -> Long.valueOf(userId).equals(p.userId()))
				.forEach(Participant::forget);
		}
	}

}
