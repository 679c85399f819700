package org.maillage.event;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/**
 * One person of a registration: the person who registered, or a member of a team who
 * confirms from the link mailed to them. The token of that link is their key to their
 * registration page, no account needed.
 */
@Entity
@Table(name = "event_participant")
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String name;

	private String email;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	@Column(name = "user_id")
	private Long userId;

	private String token;

	private boolean leader;

	/** Agrees to appear by name on the public list and the attendance sheet. */
	private boolean consent;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	private boolean attended;

	@ElementCollection
	@CollectionTable(name = "event_answer", joinColumns = @JoinColumn(name = "participant_id"))
	@MapKeyColumn(name = "question_id")
	@Column(name = "answer")
	@BatchSize(size = 50)
	private Map<Long, String> answers = new HashMap<>();

	protected Participant() {
	}

	Participant(int position, String name, String email, ParticipantRole role, Long userId, String token,
			boolean leader, boolean consent, Instant confirmedAt) {
		this.position = position;
		this.name = name;
		this.email = email;
		this.role = role;
		this.userId = userId;
		this.token = token;
		this.leader = leader;
		this.consent = consent;
		this.confirmedAt = confirmedAt;
	}

	void answer(Map<Long, String> given) {
		answers.clear();
		given.forEach((question, answer) -> {
			if (answer != null && !answer.isBlank()) {
				answers.put(question, answer.strip());
			}
		});
	}

	void confirm(boolean consent, Instant now) {
		this.consent = consent;
		if (confirmedAt == null) {
			confirmedAt = now;
		}
	}

	void cancel(Instant now) {
		this.cancelledAt = now;
	}

	void markAttended(boolean attended) {
		this.attended = attended;
	}

	void forget() {
		this.userId = null;
	}

	public boolean isActive() {
		return cancelledAt == null;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String email() {
		return email;
	}

	public ParticipantRole role() {
		return role;
	}

	public Long userId() {
		return userId;
	}

	public String token() {
		return token;
	}

	public boolean leader() {
		return leader;
	}

	public boolean consent() {
		return consent;
	}

	public Instant confirmedAt() {
		return confirmedAt;
	}

	public Instant cancelledAt() {
		return cancelledAt;
	}

	public boolean attended() {
		return attended;
	}

	public Map<Long, String> answers() {
		return Map.copyOf(answers);
	}

}
