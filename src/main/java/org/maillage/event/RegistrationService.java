package org.maillage.event;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.maillage.account.UserRef;
import org.maillage.common.DomainException;
import org.maillage.common.NotFoundException;
import org.maillage.event.EventMailEvents.ParticipantCancelled;
import org.maillage.event.EventMailEvents.ParticipantsMessaged;
import org.maillage.event.EventMailEvents.RegistrationPromoted;
import org.maillage.event.EventMailEvents.RegistrationReceived;
import org.maillage.event.EventMailEvents.RegistrationRefused;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations to events: registering (alone or as a team), confirming a team
 * membership, cancelling by the link of the e-mail, and the organiser's decisions. Every
 * change of seats locks the event's row first, so that concurrent registrations are
 * counted one after the other and seats are never over-booked.
 */
@Service
@Transactional
public class RegistrationService {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final WaitingList waitingList;

	private final EventPermissions permissions;

	private final TerritoryService territories;

	private final ApplicationEventPublisher publisher;

	private final Clock clock = Clock.systemUTC();

	RegistrationService(EventRepository events, RegistrationRepository registrations, WaitingList waitingList,
			EventPermissions permissions, TerritoryService territories, ApplicationEventPublisher publisher) {
		this.events = events;
		this.registrations = registrations;
		this.waitingList = waitingList;
		this.permissions = permissions;
		this.territories = territories;
		this.publisher = publisher;
	}

	/**
	 * Registers a person or a team: confirmed when the seats allow it, on the waiting
	 * list otherwise. Nothing is written when a rule refuses it.
	 */
	public Registration register(long eventId, RegistrationRequest request) {
		Event event = permissions.visible(events.lockById(eventId));
		event.requireOpen(clock.instant());
		List<RegistrationRequest.Person> people = new ArrayList<>();
		people.add(request.leader());
		people.addAll(request.members());
		event.requireTeamShape(request.team(), people.stream().map(RegistrationRequest.Person::role).toList());
		checkAnswers(event, request.answers());
		Set<String> emails = new HashSet<>();
		for (int i = 0; i < people.size(); i++) {
			String email = normalise(people.get(i).email());
			String prefix = i == 0 ? "" : "members[" + (i - 1) + "].";
			String field = prefix + "email";
			if (people.get(i).name() == null || people.get(i).name().isBlank()) {
				throw new FieldRefused(prefix + "name", "event.registration.nameRequired");
			}
			if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw new FieldRefused(field, "event.registration.emailInvalid");
			}
			if (people.get(i).role() == null) {
				throw new FieldRefused(prefix + "role", "event.registration.roleRequired");
			}
			if (!emails.add(email)) {
				throw new FieldRefused(field, "event.registration.emailTwice");
			}
			if (registrations.countActiveEmails(eventId, List.of(email)) > 0) {
				throw new FieldRefused(field, "event.registration.emailTaken");
			}
		}
		String territoryId = blankToNull(request.territoryId());
		String teamTerritory = request.team() ? teamTerritory(event, territoryId) : null;
		if (request.team() && event.oneTeamPerTerritory()) {
			if (teamTerritory == null) {
				throw new FieldRefused("territory", "event.registration.territoryRequired");
			}
			if (registrations.countActiveTeams(eventId, teamTerritory) > 0) {
				throw new FieldRefused("territory", "event.registration.territoryTaken");
			}
		}
		Long userId = permissions.user().map(UserRef::id).orElse(null);
		var registration = new Registration(eventId, event.takeSequence(), request.team(),
				blankToNull(request.teamName()), territoryId, teamTerritory, clock.instant());
		for (int i = 0; i < people.size(); i++) {
			var person = people.get(i);
			var participant = registration.add(person.name().strip(), normalise(person.email()), person.role(),
					i == 0 ? userId : null, i == 0, person.consent(), clock.instant());
			if (i == 0) {
				participant.answer(request.answers());
			}
		}
		registration.placeIn(inGroup(event, registration));
		waitingList.place(event, registration);
		registrations.save(registration);
		publisher.publishEvent(new RegistrationReceived(registration.id()));
		return registration;
	}

	/** The registration a participant's link opens. */
	@Transactional(readOnly = true)
	public Registration byToken(String token) {
		return registrations.findByParticipantToken(token)
			.map(Registration::loadDetails)
			.orElseThrow(() -> new NotFoundException("event.link"));
	}

	/** The event of a registration, for whoever holds one of its links. */
	@Transactional(readOnly = true)
	public Event eventOf(Registration registration) {
		return events.findById(registration.eventId())
			.map(Event::loadDetails)
			.orElseThrow(() -> new NotFoundException("event.notFound"));
	}

	/** A team member confirms they come, with their answers and consent. */
	public void confirmMembership(String token, boolean consent, Map<Long, String> answers) {
		Registration registration = byToken(token);
		Event event = events.findById(registration.eventId()).orElseThrow(NotFoundException::new);
		Participant participant = participant(registration, token);
		if (!participant.isActive() || !registration.status().isActive()) {
			throw new DomainException("event.registration.alreadyCancelled");
		}
		checkAnswers(event, answers);
		participant.answer(answers);
		participant.confirm(consent, clock.instant());
	}

	/**
	 * Cancels by the link of the e-mail: the leader's link cancels the whole
	 * registration, a member's only that member. Freed seats go to the waiting list.
	 */
	public void cancel(String token) {
		long eventId = registrations.eventIdOfToken(token).orElseThrow(() -> new NotFoundException("event.link"));
		Event event = events.lockById(eventId).orElseThrow(NotFoundException::new);
		Registration registration = byToken(token);
		Participant participant = participant(registration, token);
		if (event.hasStarted(clock.instant())) {
			throw new DomainException("event.registration.started");
		}
		registration.cancel(participant, clock.instant());
		publisher.publishEvent(new ParticipantCancelled(registration.id(), participant.id()));
		waitingList.promote(event);
	}

	/** The organiser gives a waiting registration its seats, when they are free. */
	public void promote(long registrationId, String reason) {
		Event event = lockEventOf(registrationId);
		Registration registration = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
		permissions.requireOrganiser(event);
		SeatPlan plan = waitingList.plan(event);
		if (!plan.fits(registration.seats(), registration.inGroup())) {
			throw new DomainException("event.organiser.noRoom");
		}
		registration.promote(blankToNull(reason), clock.instant());
		publisher.publishEvent(new RegistrationPromoted(registration.id(), registration.confirmedAt().toEpochMilli()));
		waitingList.alert(event, plan.with(registration.seats(), registration.inGroup()));
	}

	/** The organiser refuses a registration, with a reason mailed to its leader. */
	public void refuse(long registrationId, String reason) {
		Event event = lockEventOf(registrationId);
		Registration registration = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
		permissions.requireOrganiser(event);
		if (reason == null || reason.isBlank()) {
			throw new FieldRefused("reason", "event.organiser.reasonRequired");
		}
		registration.refuse(reason.strip());
		publisher.publishEvent(new RegistrationRefused(registration.id()));
		waitingList.promote(event);
	}

	/**
	 * Changes capacity and reserved seats, then re-applies the rules: freed seats go to
	 * the waiting list; confirmed people keep their seats even above a lowered capacity.
	 */
	public void changeSeats(long eventId, int capacity, int reservedSeats, String reservedFor) {
		Event event = events.lockById(eventId).orElseThrow(NotFoundException::new);
		permissions.requireOrganiser(event);
		event.changeSeats(capacity, reservedSeats, blankToNull(reservedFor));
		for (Registration registration : registrations.findByEventIdOrderBySequence(eventId)) {
			registration.placeIn(inGroup(event, registration));
		}
		waitingList.promote(event);
	}

	/** Marks who came, on the day. */
	public void markAttendance(long eventId, long participantId, boolean attended) {
		Event event = events.findById(eventId).orElseThrow(NotFoundException::new);
		permissions.requireOrganiser(event);
		registrations.findByEventIdOrderBySequence(eventId)
			.stream()
			.flatMap(r -> r.participants().stream())
			.filter(p -> p.id() == participantId)
			.findFirst()
			.orElseThrow(NotFoundException::new)
			.markAttended(attended);
	}

	/** Sends the organiser's message to every confirmed participant. */
	public void messageParticipants(long eventId, String subject, String text) {
		Event event = events.findById(eventId).orElseThrow(NotFoundException::new);
		permissions.requireOrganiser(event);
		if (subject == null || subject.isBlank()) {
			throw new FieldRefused("subject", "event.organiser.subjectRequired");
		}
		if (text == null || text.isBlank()) {
			throw new FieldRefused("text", "event.organiser.textRequired");
		}
		publisher.publishEvent(
				new ParticipantsMessaged(eventId, UUID.randomUUID().toString(), subject.strip(), text.strip()));
	}

	/** Every registration of the event, for its organiser. */
	@Transactional(readOnly = true)
	public List<Registration> forOrganiser(long eventId) {
		Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event.notFound"));
		permissions.requireOrganiser(event);
		return registrations.findByEventIdOrderBySequence(eventId).stream().map(Registration::loadDetails).toList();
	}

	/** Confirmed participants who agreed to appear by name. */
	@Transactional(readOnly = true)
	public List<String> consentingNames(long eventId) {
		return registrations.findByEventIdAndStatusOrderBySequence(eventId, RegistrationStatus.CONFIRMED)
			.stream()
			.flatMap(r -> r.activeParticipants().stream())
			.filter(Participant::consent)
			.map(Participant::name)
			.toList();
	}

	@Transactional(readOnly = true)
	public SeatPlan seats(long eventId) {
		return waitingList.plan(events.findById(eventId).orElseThrow(NotFoundException::new));
	}

	@Transactional(readOnly = true)
	public int waitingCount(long eventId) {
		return registrations.findByEventIdAndStatusOrderBySequence(eventId, RegistrationStatus.WAITING).size();
	}

	private Event lockEventOf(long registrationId) {
		long eventId = registrations.eventIdOf(registrationId).orElseThrow(NotFoundException::new);
		return events.lockById(eventId).orElseThrow(NotFoundException::new);
	}

	private void checkAnswers(Event event, Map<Long, String> answers) {
		for (Question question : event.questions()) {
			if (!question.accepts(answers.get(question.id()))) {
				throw new FieldRefused("answers[" + question.id() + "]",
						question.required() ? "event.registration.answerRequired" : "event.registration.answerInvalid",
						question.label());
			}
		}
	}

	private Participant participant(Registration registration, String token) {
		return registration.participants()
			.stream()
			.filter(p -> p.token().equals(token))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The territory at the event's team level that contains where the team comes from.
	 */
	private String teamTerritory(Event event, String territoryId) {
		if (territoryId == null) {
			return null;
		}
		TerritoryLevel level = event.teamLevel();
		return territories.containing(territoryId)
			.stream()
			.filter(id -> id.startsWith(level.prefix() + ":"))
			.findFirst()
			.orElse(territoryId);
	}

	private boolean inGroup(Event event, Registration registration) {
		String group = event.reservedFor();
		if (group == null || event.reservedSeats() == 0) {
			return false;
		}
		if (registration.activeParticipants().stream().anyMatch(p -> p.role().name().equals(group))) {
			return true;
		}
		return registration.territoryId() != null && territories.containing(registration.territoryId()).contains(group);
	}

	static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
