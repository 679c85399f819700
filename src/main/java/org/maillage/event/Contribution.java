package org.maillage.event;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A short contribution of a participant (a question, a need, an idea), supported by
 * others with +1 and grouped by theme by the organiser.
 */
@Entity
@Table(name = "event_contribution")
public class Contribution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id")
	private long eventId;

	@Enumerated(EnumType.STRING)
	private ContributionKind kind;

	private String text;

	@Column(name = "author_name")
	private String authorName;

	/** {@code u:<user id>} or {@code p:<participant id>}: who may not +1 it twice. */
	@Column(name = "author_key")
	private String authorKey;

	private String theme;

	private int supporters;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Contribution() {
	}

	Contribution(long eventId, ContributionKind kind, String text, String authorName, String authorKey, Instant now) {
		this.eventId = eventId;
		this.kind = kind;
		this.text = text;
		this.authorName = authorName;
		this.authorKey = authorKey;
		this.createdAt = now;
	}

	void supported() {
		supporters++;
	}

	void groupUnder(String theme) {
		this.theme = theme;
	}

	public Long id() {
		return id;
	}

	public long eventId() {
		return eventId;
	}

	public ContributionKind kind() {
		return kind;
	}

	public String text() {
		return text;
	}

	public String authorName() {
		return authorName;
	}

	public String theme() {
		return theme;
	}

	public int supporters() {
		return supporters;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
