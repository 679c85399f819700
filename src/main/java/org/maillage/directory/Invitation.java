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
 * An organisation admin invited someone who has no account yet: the membership is created
 * when an account with that address is confirmed.
 */
@Entity
@Table(name = "directory_invitation")
public class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private String email;

	private String function;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MembershipRole role;

	@Column(name = "invited_by")
	private Long invitedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	protected Invitation() {
	}

	Invitation(long organisationId, String email, String function, MembershipRole role, long invitedBy, Instant now) {
		this.organisationId = organisationId;
		this.email = email;
		this.function = function;
		this.role = role;
		this.invitedBy = invitedBy;
		this.createdAt = now;
	}

	void accept(Instant now) {
		this.acceptedAt = now;
	}

	public Long id() {
		return id;
	}

	public long organisationId() {
		return organisationId;
	}

	public String email() {
		return email;
	}

	public String function() {
		return function;
	}

	public MembershipRole role() {
		return role;
	}

	public Long invitedBy() {
		return invitedBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public boolean isPending() {
		return acceptedAt == null;
	}

}
