package org.maillage.directory;

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
 * An organisation created although it looked like an existing one: for animators to
 * review.
 */
@Entity
@Table(name = "directory_duplicate_flag")
public class DuplicateFlag {

	/** Why two organisations look alike. */
	public enum Reason {

		SIREN, RNA, NAME

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Column(name = "similar_id", nullable = false)
	private Long similarId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Reason reason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private boolean resolved;

	protected DuplicateFlag() {
	}

	DuplicateFlag(long organisationId, long similarId, Reason reason, Instant now) {
		this.organisationId = organisationId;
		this.similarId = similarId;
		this.reason = reason;
		this.createdAt = now;
	}

	void resolve() {
		this.resolved = true;
	}

	public Long id() {
		return id;
	}

	public long organisationId() {
		return organisationId;
	}

	public long similarId() {
		return similarId;
	}

	public Reason reason() {
		return reason;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public boolean resolved() {
		return resolved;
	}

}
