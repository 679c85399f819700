package org.maillage.event;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.maillage.common.DomainException;

/**
 * A person or a team registered to an event, in arrival order. It holds as many seats as
 * it has active participants, all confirmed together or all waiting: a team is never
 * split.
 */
@Entity
@Table(name = "event_registration")
public class Registration {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id")
	private long eventId;

	@Column(name = "sequence_number")
	private long sequence;

	private boolean team;

	@Column(name = "team_name")
	private String teamName;

	/** The commune (or other territory) the person or team comes from. */
	@Column(name = "territory_id")
	private String territoryId;

	/** The territory at the event's team level, for "one team per territory". */
	@Column(name = "team_territory")
	private String teamTerritory;

	/** Belongs to the group the reserved seats are for. */
	@Column(name = "in_group")
	private boolean inGroup;

	private int seats;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	/** Shown at the door. */
	private String code;

	/** Why the organiser refused or promoted by hand. */
	private String reason;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "reminder_sent_at")
	private Instant reminderSentAt;

	@Column(name = "follow_up_sent_at")
	private Instant followUpSentAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "registration_id", nullable = false)
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<Participant> participants = new ArrayList<>();

	@Version
	private long version;

	protected Registration() {
	}

	Registration(long eventId, long sequence, boolean team, String teamName, String territoryId, String teamTerritory,
			Instant now) {
		this.eventId = eventId;
		this.sequence = sequence;
		this.team = team;
		this.teamName = teamName;
		this.territoryId = territoryId;
		this.teamTerritory = teamTerritory;
		this.createdAt = now;
		this.code = newCode();
		this.status = RegistrationStatus.WAITING;
	}

	static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)]);
		}
		return code.toString();
	}

	Participant add(String name, String email, ParticipantRole role, Long userId, boolean leader, boolean consent,
			Instant now) {
		var participant = new Participant(participants.size(), name, email, role, userId, newToken(), leader, consent,
				leader ? now : null);
		participants.add(participant);
		seats = (int) participants.stream().filter(Participant::isActive).count();
		return participant;
	}

	/** Loads participants and their answers, for pages rendered after the transaction. */
	Registration loadDetails() {
		participants.forEach(p -> p.answers().size());
		return this;
	}

	void placeIn(boolean inGroup) {
		this.inGroup = inGroup;
	}

	void confirm(Instant now) {
		status = RegistrationStatus.CONFIRMED;
		confirmedAt = now;
	}

	/** Moves a waiting registration to confirmed by the organiser's hand. */
	void promote(String reason, Instant now) {
		if (status != RegistrationStatus.WAITING) {
			throw new DomainException("event.organiser.notWaiting");
		}
		this.reason = reason;
		confirm(now);
	}

	void refuse(String reason) {
		if (!status.isActive()) {
			throw new DomainException("event.organiser.notActive");
		}
		this.status = RegistrationStatus.REFUSED;
		this.reason = reason;
	}

	/** Cancels one participant; the whole registration when nobody is left. */
	void cancel(Participant participant, Instant now) {
		if (!status.isActive() || !participant.isActive()) {
			throw new DomainException("event.registration.alreadyCancelled");
		}
		if (participant.leader()) {
			participants.stream().filter(Participant::isActive).forEach(p -> p.cancel(now));
		}
		else {
			participant.cancel(now);
		}
		seats = (int) participants.stream().filter(Participant::isActive).count();
		if (seats == 0) {
			status = RegistrationStatus.CANCELLED;
		}
	}

	void markReminded(Instant now) {
		this.reminderSentAt = now;
	}

	void markFollowedUp(Instant now) {
		this.followUpSentAt = now;
	}

	public boolean isConfirmed() {
		return status == RegistrationStatus.CONFIRMED;
	}

	public boolean isWaiting() {
		return status == RegistrationStatus.WAITING;
	}

	public Participant leader() {
		return participants.stream().filter(Participant::leader).findFirst().orElse(participants.get(0));
	}

	public List<Participant> activeParticipants() {
		return participants.stream().filter(Participant::isActive).toList();
	}

	public Long id() {
		return id;
	}

	public long eventId() {
		return eventId;
	}

	public long sequence() {
		return sequence;
	}

	public boolean team() {
		return team;
	}

	public String teamName() {
		return teamName;
	}

	public String territoryId() {
		return territoryId;
	}

	public String teamTerritory() {
		return teamTerritory;
	}

	public boolean inGroup() {
		return inGroup;
	}

	public int seats() {
		return seats;
	}

	public RegistrationStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public String reason() {
		return reason;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant confirmedAt() {
		return confirmedAt;
	}

	public Instant reminderSentAt() {
		return reminderSentAt;
	}

	public Instant followUpSentAt() {
		return followUpSentAt;
	}

	public List<Participant> participants() {
		return List.copyOf(participants);
	}

}
