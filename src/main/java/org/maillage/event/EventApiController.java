package org.maillage.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events in the JSON API: the calendar and each event (public reads, with the cover, the
 * commune's centroid, the facilitators and the synthesis' files), registering with a
 * personal access token, cancelling with the registration's token, and the organiser's
 * list of registrations.
 */
@RestController
@RequestMapping("/api/v1/events")
class EventApiController {

	record EventSummary(long id, String title, EventFormat format, Instant startsAt, Instant endsAt,
			long organisationId, String address, String communeId, String onlineUrl, int capacity, int taken,
			boolean open, String url, String coverUrl, Coordinates coordinates) {
	}

	/** The commune's centroid (the address says exactly where). */
	record Coordinates(double latitude, double longitude) {
	}

	/**
	 * {@code facilitators}: the free names; {@code facilitatorPeople}: the people of the
	 * directory whose profile the caller may see.
	 */
	record EventDetail(EventSummary event, String description, String objectives, String audience, String facilitators,
			List<FacilitatorView> facilitatorPeople, List<ProgrammeItem> programme, RegistrationMode mode, int teamMin,
			int teamMax, List<QuestionView> questions, List<String> participantsWhoConsented,
			List<SynthesisFileView> synthesisFiles) {
	}

	record FacilitatorView(long userId, String name, String profileUrl) {
	}

	record SynthesisFileView(long id, String name, long size, String mediaType, String url) {
	}

	record QuestionView(long id, String label, QuestionKind kind, List<String> choices, boolean required) {
	}

	record PersonBody(@NotBlank String name, @NotBlank @Email String email, @NotNull ParticipantRole role,
			Boolean consent) {
	}

	record RegistrationBody(Boolean team, String teamName, String territoryId, @NotNull @Valid PersonBody leader,
			List<@Valid PersonBody> members, Map<Long, String> answers) {
	}

	record RegistrationView(long id, long sequence, RegistrationStatus status, String code, boolean team,
			String teamName, String territoryId, int seats, List<ParticipantView> participants) {

		static RegistrationView of(Registration r, boolean withTokens) {
			return new RegistrationView(r.id(), r.sequence(), r.status(), r.code(), r.team(), r.teamName(),
					r.territoryId(), r.seats(),
					r.participants()
						.stream()
						.map(p -> new ParticipantView(p.name(), p.email(), p.role(), p.isActive(),
								p.confirmedAt() != null, withTokens && p.leader() ? p.token() : null))
						.toList());
		}

	}

	record ParticipantView(String name, String email, ParticipantRole role, boolean active, boolean confirmed,
			String token) {
	}

	private final EventService events;

	private final RegistrationService registrations;

	private final EventCalendar calendar;

	private final SynthesisService synthesis;

	private final TerritoryService territories;

	EventApiController(EventService events, RegistrationService registrations, EventCalendar calendar,
			SynthesisService synthesis, TerritoryService territories) {
		this.events = events;
		this.registrations = registrations;
		this.calendar = calendar;
		this.synthesis = synthesis;
		this.territories = territories;
	}

	@GetMapping
	List<EventSummary> upcoming() {
		List<Event> list = events.between(Instant.now(), Instant.now().plus(730, ChronoUnit.DAYS));
		var taken = events.takenSeats(list);
		var communes = territories
			.findAll(list.stream().map(Event::communeId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return list.stream()
			.map(e -> summary(e, taken.getOrDefault(e.id(), 0),
					e.communeId() == null ? null : communes.get(e.communeId())))
			.toList();
	}

	@GetMapping("/{id}")
	EventDetail event(@PathVariable long id) {
		Event event = events.get(id);
		Territory commune = event.communeId() == null ? null : territories.find(event.communeId()).orElse(null);
		String base = calendar.baseUrl();
		return new EventDetail(summary(event, registrations.seats(id).taken(), commune), event.description(),
				event.objectives(), event.audience(), event.facilitators(),
				events.facilitatorsShown(event)
					.stream()
					.map(m -> new FacilitatorView(m.userId(), m.displayName(),
							base + "/annuaire/personnes/" + m.userId()))
					.toList(),
				event.programme(), event.mode(), event.teamMin(), event.teamMax(),
				event.questions()
					.stream()
					.map(q -> new QuestionView(q.id(), q.label(), q.kind(), q.choices(), q.required()))
					.toList(),
				registrations.consentingNames(id),
				synthesis.files(id)
					.stream()
					.map(f -> new SynthesisFileView(f.id(), f.fileName(), f.sizeBytes(), f.mediaType(),
							calendar.pageUrl(event) + "/synthese/fichiers/" + f.id()))
					.toList());
	}

	@GetMapping("/{id}/registrations")
	List<RegistrationView> registrations(@PathVariable long id) {
		return registrations.forOrganiser(id).stream().map(r -> RegistrationView.of(r, false)).toList();
	}

	/**
	 * Registers (the token's owner as leader); answers the registration with its cancel
	 * token.
	 */
	@PostMapping("/{id}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	RegistrationView register(@PathVariable long id, @Valid @RequestBody RegistrationBody body) {
		events.get(id);
		var request = new RegistrationRequest(Boolean.TRUE.equals(body.team()), body.teamName(), body.territoryId(),
				person(body.leader()),
				body.members() == null ? List.of() : body.members().stream().map(EventApiController::person).toList(),
				body.answers());
		return RegistrationView.of(registrations.register(id, request), true);
	}

	@DeleteMapping("/{id}/registrations/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cancel(@PathVariable long id, @PathVariable String token) {
		if (registrations.byToken(token).eventId() != id) {
			throw new org.maillage.common.NotFoundException("event.link");
		}
		registrations.cancel(token);
	}

	private static RegistrationRequest.Person person(PersonBody body) {
		return new RegistrationRequest.Person(body.name(), body.email(), body.role(),
				Boolean.TRUE.equals(body.consent()));
	}

	private EventSummary summary(Event e, int taken, Territory commune) {
		boolean located = commune != null && commune.latitude() != null && commune.longitude() != null;
		return new EventSummary(e.id(), e.title(), e.format(), e.startsAt(), e.endsAt(), e.organisationId(),
				e.address(), e.communeId(), e.onlineUrl(), e.capacity(), taken, e.isOpen(Instant.now()),
				calendar.pageUrl(e), e.coverFile() == null ? null : calendar.pageUrl(e) + "/couverture",
				located ? new Coordinates(commune.latitude(), commune.longitude()) : null);
	}

}
