package org.maillage.resource;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A step of a resource's review: submitted, commented, changes requested, published. */
@Entity
@Table(name = "resource_review_note")
public class ReviewNote {

	/** What happened. */
	public enum Action {

		SUBMITTED, COMMENT, CHANGES_REQUESTED, PUBLISHED, VALIDATED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "resource_id", nullable = false)
	private long resourceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Action action;

	@Column(name = "author_name", nullable = false)
	private String authorName;

	private String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ReviewNote() {
	}

	ReviewNote(long resourceId, Action action, String authorName, String text, Instant createdAt) {
		this.resourceId = resourceId;
		this.action = action;
		this.authorName = authorName;
		this.text = text;
		this.createdAt = createdAt;
	}

	public Action action() {
		return action;
	}

	public String authorName() {
		return authorName;
	}

	public String text() {
		return text;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
