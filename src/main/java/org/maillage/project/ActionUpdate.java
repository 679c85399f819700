package org.maillage.project;

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
 * "What moved" on an action: who, when, the status and progress reached, a short note.
 */
@Entity
@Table(name = "project_action_update")
public class ActionUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "action_id", nullable = false)
	private Long actionId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "author_id")
	private Long authorId;

	@Column(name = "author_name", nullable = false)
	private String authorName;

	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionStatus status;

	@Column(nullable = false)
	private int progress;

	protected ActionUpdate() {
	}

	ActionUpdate(long actionId, Long authorId, String authorName, String note, ActionStatus status, int progress,
			Instant now) {
		this.actionId = actionId;
		this.authorId = authorId;
		this.authorName = authorName;
		this.note = note;
		this.status = status;
		this.progress = progress;
		this.createdAt = now;
	}

	public Long id() {
		return id;
	}

	public long actionId() {
		return actionId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String authorName() {
		return authorName;
	}

	public String note() {
		return note;
	}

	public ActionStatus status() {
		return status;
	}

	public int progress() {
		return progress;
	}

}
