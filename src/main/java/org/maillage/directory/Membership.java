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
 * A person belongs to an organisation, with a function ("chargée de mission") and a role.
 */
@Entity
@Table(name = "directory_membership")
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	private String function;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MembershipRole role;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Membership() {
	}

	Membership(long organisationId, long userId, String function, MembershipRole role, Instant now) {
		this.organisationId = organisationId;
		this.userId = userId;
		this.function = function;
		this.role = role;
		this.createdAt = now;
	}

	void changeRole(MembershipRole role) {
		this.role = role;
	}

	void changeFunction(String function) {
		this.function = function;
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

	public String function() {
		return function;
	}

	public MembershipRole role() {
		return role;
	}

	public boolean isAdmin() {
		return role == MembershipRole.ADMIN;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
