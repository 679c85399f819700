package org.maillage.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal access token for the API. Its value is shown once at creation; only its
 * SHA-256 is kept.
 */
@Entity
@Table(name = "personal_access_token")
class PersonalAccessToken {

	static final String PREFIX = "mlg_";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected PersonalAccessToken() {
	}

	PersonalAccessToken(long userId, String name, String tokenHash, Instant expiresAt) {
		this.userId = userId;
		this.name = name.strip();
		this.tokenHash = tokenHash;
		this.createdAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

	void revoke() {
		if (revokedAt == null) {
			revokedAt = Instant.now();
		}
	}

	Long id() {
		return id;
	}

	long userId() {
		return userId;
	}

	String name() {
		return name;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	Instant revokedAt() {
		return revokedAt;
	}

	boolean revoked() {
		return revokedAt != null;
	}

	boolean expired() {
		return expiresAt != null && !expiresAt.isAfter(Instant.now());
	}

}
