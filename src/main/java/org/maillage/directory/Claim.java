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

import org.maillage.common.DomainException;

/**
 * "This organisation is mine": a member asks to administer it, an animator approves or
 * refuses.
 */
@Entity
@Table(name = "directory_claim")
public class Claim {

	public enum Status {

		PENDING, APPROVED, REFUSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	private String message;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.PENDING;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected Claim() {
	}

	Claim(long organisationId, long userId, String message, Instant now) {
		this.organisationId = organisationId;
		this.userId = userId;
		this.message = message;
		this.createdAt = now;
	}

	void decide(boolean approved, long animatorId, Instant now) {
		if (status != Status.PENDING) {
			throw new DomainException("directory.claim.alreadyDecided");
		}
		this.status = approved ? Status.APPROVED : Status.REFUSED;
		this.decidedBy = animatorId;
		this.decidedAt = now;
	}

	void forgetDecider() {
		this.decidedBy = null;
	}

	public Long id() {
		return id;
	}

	public long organisationId() {
		return organisationId;
	}

	public long userId() {
		return userId;
	}

	public String message() {
		return message;
	}

	public Status status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

}
