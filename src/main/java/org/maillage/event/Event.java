package org.maillage.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.maillage.common.DomainException;
import org.maillage.directory.Visibility;
import org.maillage.territory.TerritoryLevel;

/**
 * A practice-exchange day, a workshop, a webinar...: its programme, its place and time,
 * its organiser (an organisation of the directory) and its registration rules (capacity,
 * reserved seats, individual or team registration, opening and closing dates).
 */
@Entity
@Table(name = "event_event")
public class Event {

	static final int[] ALERT_THRESHOLDS = { 50, 80, 100 };

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Enumerated(EnumType.STRING)
	private EventFormat format;

	/** Markdown. */
	private String description;

	private String objectives;

	private String audience;

	private String facilitators;

	/**
	 * Accounts of the directory who facilitate, members of the organising organisation.
	 */
	@ElementCollection
	@CollectionTable(name = "event_facilitator", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	@Column(name = "user_id")
	@BatchSize(size = 50)
	private List<Long> facilitatorPeople = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "event_programme_item", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<ProgrammeItem> programme = new ArrayList<>();

	private String address;

	@Column(name = "commune_id")
	private String communeId;

	@Column(name = "online_url")
	private String onlineUrl;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "organisation_id")
	private long organisationId;

	private String contact;

	@ElementCollection
	@CollectionTable(name = "event_theme", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "theme_code")
	@BatchSize(size = 50)
	private Set<String> themes = new TreeSet<>();

	@Column(name = "territory_id")
	private String territoryId;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private int capacity;

	@Column(name = "reserved_seats")
	private int reservedSeats;

	/**
	 * A participant role ({@code ELECTED}) or a territory id the reserved seats are for.
	 */
	@Column(name = "reserved_for")
	private String reservedFor;

	@Column(name = "opens_at")
	private Instant opensAt;

	@Column(name = "closes_at")
	private Instant closesAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "registration_mode")
	private RegistrationMode mode;

	@Column(name = "team_min")
	private int teamMin;

	@Column(name = "team_max")
	private int teamMax;

	@Column(name = "one_team_per_territory")
	private boolean oneTeamPerTerritory;

	@Enumerated(EnumType.STRING)
	@Column(name = "team_level")
	private TerritoryLevel teamLevel;

	@Column(name = "wished_roles")
	private String wishedRoles;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "event_id", nullable = false)
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<Question> questions = new ArrayList<>();

	/** The highest occupancy alert already sent (0, 50, 80 or 100). */
	@OptimisticLock(excluded = true)
	@Column(name = "alert_level")
	private int alertLevel;

	/** Next arrival number; read and bumped only under the event's row lock. */
	@OptimisticLock(excluded = true)
	@Column(name = "next_sequence")
	private long nextSequence = 1;

	@ElementCollection
	@CollectionTable(name = "event_synthesis_link", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<SynthesisLink> links = new ArrayList<>();

	/** Markdown, written after the event. */
	private String synthesis;

	@Column(name = "synthesis_published_at")
	private Instant synthesisPublishedAt;

	/** The stored name of the cover image; changing it does not conflict with edits. */
	@OptimisticLock(excluded = true)
	@Column(name = "cover_file")
	private String coverFile;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Event() {
	}

	public Event(EventCommand command, Long createdBy, Instant now) {
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(command);
	}

	/** Takes the organiser's new description; seats are re-applied by the service. */
	public void apply(EventCommand c) {
		if (!c.endsAt().isAfter(c.startsAt())) {
			throw new DomainException("event.error.endBeforeStart");
		}
		if (c.reservedSeats() > c.capacity()) {
			throw new DomainException("event.error.reservedTooMany");
		}
		if (c.mode().allowsTeams() && (c.teamMin() < 1 || c.teamMax() < c.teamMin())) {
			throw new DomainException("event.error.teamSizes");
		}
		this.title = c.title();
		this.format = c.format();
		this.description = c.description();
		this.objectives = c.objectives();
		this.audience = c.audience();
		this.facilitators = c.facilitators();
		this.programme.clear();
		this.programme.addAll(c.programme());
		this.address = c.address();
		this.communeId = c.communeId();
		this.onlineUrl = c.onlineUrl();
		this.startsAt = c.startsAt();
		this.endsAt = c.endsAt();
		this.organisationId = c.organisationId();
		this.contact = c.contact();
		this.themes.clear();
		this.themes.addAll(c.themes());
		this.territoryId = c.territoryId();
		this.visibility = c.visibility() == Visibility.MEMBERS ? Visibility.MEMBERS : Visibility.PUBLIC;
		this.capacity = c.capacity();
		this.reservedSeats = c.reservedSeats();
		this.reservedFor = c.reservedSeats() > 0 ? c.reservedFor() : null;
		this.opensAt = c.opensAt();
		this.closesAt = c.closesAt();
		this.mode = c.mode();
		this.teamMin = c.mode().allowsTeams() ? c.teamMin() : 1;
		this.teamMax = c.mode().allowsTeams() ? c.teamMax() : 1;
		this.oneTeamPerTerritory = c.mode().allowsTeams() && c.oneTeamPerTerritory();
		this.teamLevel = c.teamLevel() == null ? TerritoryLevel.COMMUNE : c.teamLevel();
		this.wishedRoles = c.wishedRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		// answers point to questions: keep them when the organiser did not change the
		// questions
		if (!signature(this.questions).equals(signature(c.questions()))) {
			this.questions.clear();
			this.questions.addAll(c.questions());
		}
	}

	/**
	 * Loads the themes (in batches), for the calendar's filters applied after the
	 * transaction.
	 */
	Event loadThemes() {
		themes.size();
		return this;
	}

	/** Loads the lazy parts, for pages rendered after the transaction. */
	Event loadDetails() {
		programme.size();
		themes.size();
		questions.size();
		links.size();
		facilitatorPeople.size();
		return this;
	}

	private static List<String> signature(List<Question> questions) {
		return questions.stream()
			.map(q -> q.label() + "|" + q.kind() + "|" + q.choices() + "|" + q.required())
			.toList();
	}

	/** Changes only the seats; the service re-applies the waiting list afterwards. */
	public void changeSeats(int capacity, int reservedSeats, String reservedFor) {
		if (capacity < 1 || reservedSeats < 0 || reservedSeats > capacity) {
			throw new DomainException("event.error.reservedTooMany");
		}
		this.capacity = capacity;
		this.reservedSeats = reservedSeats;
		this.reservedFor = reservedSeats > 0 ? reservedFor : null;
	}

	/**
	 * Refuses a registration at this moment: before opening, after closing, or once the
	 * event has started.
	 */
	public void requireOpen(Instant now) {
		if (!now.isBefore(startsAt)) {
			throw new DomainException("event.registration.started");
		}
		if (opensAt != null && now.isBefore(opensAt)) {
			throw new DomainException("event.registration.notOpen");
		}
		if (closesAt != null && now.isAfter(closesAt)) {
			throw new DomainException("event.registration.closed");
		}
	}

	public boolean isOpen(Instant now) {
		return now.isBefore(startsAt) && (opensAt == null || !now.isBefore(opensAt))
				&& (closesAt == null || !now.isAfter(closesAt));
	}

	/** Checks the size and roles of a team against the rules. */
	public void requireTeamShape(boolean team, List<ParticipantRole> roles) {
		if (team && !mode.allowsTeams()) {
			throw new DomainException("event.registration.noTeams");
		}
		if (!team && !mode.allowsIndividuals()) {
			throw new DomainException("event.registration.teamsOnly");
		}
		if (team && (roles.size() < teamMin || roles.size() > teamMax)) {
			throw new DomainException("event.registration.teamSize", teamMin, teamMax);
		}
		if (team) {
			for (ParticipantRole wished : wishedRoles()) {
				if (!roles.contains(wished)) {
					throw new DomainException("event.registration.roleMissing", wished.name());
				}
			}
		}
	}

	public SeatPlan plan(int groupSeats, int otherSeats) {
		return new SeatPlan(capacity, reservedSeats, groupSeats, otherSeats);
	}

	/** Takes the next arrival number. Call only while holding the event's row lock. */
	long takeSequence() {
		return nextSequence++;
	}

	/**
	 * The occupancy threshold just crossed (50, 80 or 100) that was never announced, or
	 * 0.
	 */
	int alertFor(int percent) {
		int crossed = 0;
		for (int threshold : ALERT_THRESHOLDS) {
			if (percent >= threshold && threshold > alertLevel) {
				crossed = threshold;
			}
		}
		if (crossed > 0) {
			alertLevel = crossed;
		}
		return crossed;
	}

	public void publishSynthesis(String text, List<SynthesisLink> links, Instant now) {
		this.synthesis = text;
		this.links.clear();
		this.links.addAll(links);
		this.synthesisPublishedAt = now;
	}

	/** The people of the directory who facilitate, in the organiser's order. */
	public void chooseFacilitators(List<Long> people) {
		this.facilitatorPeople.clear();
		people.stream().distinct().forEach(this.facilitatorPeople::add);
	}

	/** Takes a new cover image; returns the stored name of the one it replaces. */
	public String changeCover(String storedName) {
		String previous = this.coverFile;
		this.coverFile = storedName;
		return previous;
	}

	public boolean hasStarted(Instant now) {
		return !now.isBefore(startsAt);
	}

	public boolean isPast(Instant now) {
		return now.isAfter(endsAt);
	}

	public Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public EventFormat format() {
		return format;
	}

	public String description() {
		return description;
	}

	public String objectives() {
		return objectives;
	}

	public String audience() {
		return audience;
	}

	public String facilitators() {
		return facilitators;
	}

	public List<Long> facilitatorPeople() {
		return List.copyOf(facilitatorPeople);
	}

	public List<ProgrammeItem> programme() {
		return List.copyOf(programme);
	}

	public String address() {
		return address;
	}

	public String communeId() {
		return communeId;
	}

	public String onlineUrl() {
		return onlineUrl;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public long organisationId() {
		return organisationId;
	}

	public String contact() {
		return contact;
	}

	public Set<String> themes() {
		return Set.copyOf(themes);
	}

	public String territoryId() {
		return territoryId;
	}

	public Visibility visibility() {
		return visibility;
	}

	public boolean isPublic() {
		return visibility == Visibility.PUBLIC;
	}

	public int capacity() {
		return capacity;
	}

	public int reservedSeats() {
		return reservedSeats;
	}

	public String reservedFor() {
		return reservedFor;
	}

	public Instant opensAt() {
		return opensAt;
	}

	public Instant closesAt() {
		return closesAt;
	}

	public RegistrationMode mode() {
		return mode;
	}

	public int teamMin() {
		return teamMin;
	}

	public int teamMax() {
		return teamMax;
	}

	public boolean oneTeamPerTerritory() {
		return oneTeamPerTerritory;
	}

	public TerritoryLevel teamLevel() {
		return teamLevel;
	}

	public Set<ParticipantRole> wishedRoles() {
		if (wishedRoles == null || wishedRoles.isBlank()) {
			return Set.of();
		}
		Set<ParticipantRole> roles = EnumSet.noneOf(ParticipantRole.class);
		Arrays.stream(wishedRoles.split(",")).map(ParticipantRole::valueOf).forEach(roles::add);
		return roles;
	}

	public List<Question> questions() {
		return List.copyOf(questions);
	}

	public List<SynthesisLink> links() {
		return List.copyOf(links);
	}

	public String synthesis() {
		return synthesis;
	}

	public Instant synthesisPublishedAt() {
		return synthesisPublishedAt;
	}

	public String coverFile() {
		return coverFile;
	}

	public Long createdBy() {
		return createdBy;
	}

	public long version() {
		return version;
	}

}
