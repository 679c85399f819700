package org.maillage.event;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maillage.account.UserRef;
import org.maillage.common.ConflictException;
import org.maillage.common.NotFoundException;
import org.maillage.directory.MemberView;
import org.maillage.directory.MembershipService;
import org.maillage.event.EventMailEvents.EventDeleted;
import org.maillage.event.internal.EventCovers;
import org.maillage.event.internal.SynthesisFileStorage;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationService;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events: creating and editing them (members of the organising organisation and
 * animators), reading them (members-only events are invisible to visitors), the calendar,
 * and the synthesis afterwards.
 */
@Service
@Transactional
public class EventService {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final EventPermissions permissions;

	private final WaitingList waitingList;

	private final MembershipService memberships;

	private final OrganisationService organisations;

	private final ApplicationEventPublisher publisher;

	private final EventCovers covers;

	private final SynthesisFileRepository synthesisFiles;

	private final SynthesisFileStorage fileStorage;

	private final EventFacilitators facilitators;

	private final Clock clock = Clock.systemUTC();

	EventService(EventRepository events, RegistrationRepository registrations, EventPermissions permissions,
			WaitingList waitingList, MembershipService memberships, OrganisationService organisations,
			ApplicationEventPublisher publisher, EventCovers covers, SynthesisFileRepository synthesisFiles,
			SynthesisFileStorage fileStorage, EventFacilitators facilitators) {
		this.facilitators = facilitators;
		this.covers = covers;
		this.synthesisFiles = synthesisFiles;
		this.fileStorage = fileStorage;
		this.events = events;
		this.registrations = registrations;
		this.permissions = permissions;
		this.waitingList = waitingList;
		this.memberships = memberships;
		this.organisations = organisations;
		this.publisher = publisher;
	}

	public Event create(EventCommand command) {
		return create(command, List.of());
	}

	/**
	 * A new event, with facilitators picked among the organising organisation's members.
	 */
	public Event create(EventCommand command, List<Long> people) {
		UserRef user = permissions.requireUser();
		permissions.requireOrganiserFor(command.organisationId());
		Event event = new Event(command, user.id(), clock.instant());
		event.chooseFacilitators(people == null ? List.of() : facilitators.members(command.organisationId(), people));
		events.save(event);
		changed(event);
		return event;
	}

	/**
	 * Saves the organiser's changes made from the given version; a
	 * {@link ConflictException} holding the current event when someone saved in between.
	 * Changed seats are re-applied to the waiting list.
	 */
	public Event update(long id, long version, EventCommand command) {
		return update(id, version, command, null);
	}

	/**
	 * Same, with the facilitators picked in the directory ({@code null}: unchanged; those
	 * not members of the organising organisation any more are dropped).
	 */
	public Event update(long id, long version, EventCommand command, List<Long> people) {
		Event event = events.lockById(id).orElseThrow(() -> new NotFoundException("event.notFound"));
		permissions.requireOrganiser(event);
		permissions.requireOrganiserFor(command.organisationId());
		if (event.version() != version) {
			throw new ConflictException(event);
		}
		List<Long> chosen = people != null
				? facilitators.chosen(command.organisationId(), people, event.facilitatorPeople())
				: facilitators.kept(command.organisationId(), event.facilitatorPeople());
		event.apply(command);
		event.chooseFacilitators(chosen);
		waitingList.promote(event);
		changed(event);
		return event;
	}

	/**
	 * Members the organiser may pick as facilitators, by organisation they may organise
	 * for (only those whose profile they may see).
	 */
	@Transactional(readOnly = true)
	public Map<Organisation, List<MemberView>> facilitatorChoices() {
		return facilitators.choices(organiserChoices());
	}

	/** Same, with the members of the event's current organiser among them. */
	@Transactional(readOnly = true)
	public Map<Organisation, List<MemberView>> facilitatorChoices(Event event) {
		return facilitators.choices(organiserChoices(event));
	}

	/** The facilitators of the directory the viewer may see, in the organiser's order. */
	@Transactional(readOnly = true)
	public List<MemberView> facilitatorsShown(Event event) {
		return facilitators.shown(event);
	}

	/**
	 * The organiser's new cover image, checked by content; a {@link FieldRefused} on
	 * {@code cover} otherwise.
	 */
	public void changeCover(long id, byte[] upload) {
		Event event = permissions.visible(events.findById(id));
		permissions.requireOrganiser(event);
		String previous = event.changeCover(covers.keep(upload));
		covers.discardAfterCommit(previous);
	}

	/** The cover image file of a visible event. */
	@Transactional(readOnly = true)
	public Optional<Path> cover(long id) {
		return covers.file(permissions.visible(events.findById(id)).coverFile());
	}

	/** Whether no event exists at all (the demo loads only into an empty module). */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return events.count() == 0;
	}

	@Transactional(readOnly = true)
	public Event get(long id) {
		return permissions.visible(events.findById(id)).loadDetails();
	}

	@Transactional(readOnly = true)
	public Optional<Event> find(long id) {
		return events.findById(id).filter(permissions::canSee).map(Event::loadDetails);
	}

	@Transactional(readOnly = true)
	public boolean canOrganise(Event event) {
		return permissions.canOrganise(event);
	}

	/** Events the viewer may see that overlap [from, to), by start. */
	@Transactional(readOnly = true)
	public List<Event> between(Instant from, Instant to) {
		return events.between(from, to).stream().filter(permissions::canSee).map(Event::loadThemes).toList();
	}

	/** Past events the viewer may see, latest first. */
	@Transactional(readOnly = true)
	public List<Event> past(int limit) {
		return events.endedBefore(clock.instant())
			.stream()
			.filter(permissions::canSee)
			.limit(limit)
			.map(Event::loadThemes)
			.toList();
	}

	/** Upcoming or running events of an organisation that the viewer may see. */
	@Transactional(readOnly = true)
	public List<Event> upcomingOf(long organisationId) {
		return events.findByOrganisationIdAndEndsAtAfterOrderByStartsAt(organisationId, clock.instant())
			.stream()
			.filter(permissions::canSee)
			.toList();
	}

	/** Confirmed seats of each event. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> takenSeats(List<Event> list) {
		Map<Long, Integer> taken = new HashMap<>();
		if (!list.isEmpty()) {
			for (Object[] row : registrations.confirmedSeatsOf(list.stream().map(Event::id).toList())) {
				taken.put((Long) row[0], ((Number) row[1]).intValue());
			}
		}
		return taken;
	}

	/** The organisations the current user may organise events for. */
	@Transactional(readOnly = true)
	public List<Organisation> organiserChoices() {
		UserRef user = permissions.requireUser();
		return memberships.membershipsOf(user.id())
			.stream()
			.map(m -> organisations.find(m.organisationId()))
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * Same, first with the event's current organiser: an animator edits events of
	 * organisations they are not a member of, and the form must not lose it.
	 */
	@Transactional(readOnly = true)
	public List<Organisation> organiserChoices(Event event) {
		List<Organisation> mine = organiserChoices();
		if (event == null || mine.stream().anyMatch(o -> o.id() == event.organisationId())) {
			return mine;
		}
		var current = organisations.find(event.organisationId());
		if (current.isEmpty()) {
			return mine;
		}
		List<Organisation> choices = new ArrayList<>(mine.size() + 1);
		choices.add(current.get());
		choices.addAll(mine);
		return choices;
	}

	/**
	 * The organiser deletes the event with its registrations, synthesis and files; when
	 * it has not ended, everyone still registered (confirmed or waiting) is told by mail.
	 */
	public void delete(long id) {
		Event event = events.lockById(id).orElseThrow(() -> new NotFoundException("event.notFound"));
		permissions.requireOrganiser(event);
		List<Registration> all = registrations.findByEventIdOrderBySequence(id);
		List<EventDeleted.Recipient> recipients = all.stream()
			.filter(r -> r.status().isActive())
			.flatMap(r -> r.activeParticipants().stream())
			.map(p -> new EventDeleted.Recipient(p.name(), p.email()))
			.toList();
		if (!event.isPast(clock.instant()) && !recipients.isEmpty()) {
			publisher.publishEvent(new EventDeleted(id, event.title(), event.startsAt().toEpochMilli(), recipients));
		}
		synthesisFiles.findByEventIdOrderByIdAsc(id).forEach(f -> fileStorage.discardAfterCommit(f.storedName()));
		covers.discardAfterCommit(event.coverFile());
		registrations.deleteAll(all);
		events.delete(event);
		changed(event);
	}

	/** How many people would be told if the event were deleted now. */
	@Transactional(readOnly = true)
	public long peopleToTell(Event event) {
		if (event.isPast(clock.instant())) {
			return 0;
		}
		return registrations.findByEventIdOrderBySequence(event.id())
			.stream()
			.filter(r -> r.status().isActive())
			.mapToLong(r -> r.activeParticipants().size())
			.sum();
	}

	private void changed(Event event) {
		publisher.publishEvent(new SearchEntryChanged(SearchType.EVENT, String.valueOf(event.id())));
	}

}
