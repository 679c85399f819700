package org.maillage.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use link sent by e-mail. Only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "account_token")
class AccountToken {

	/** What a link is for, and how long it stays valid. */
	enum Purpose {

		CONFIRM_SIGNUP(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1)), CHANGE_EMAIL(Duration.ofHours(48));

		final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Purpose purpose;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "new_email")
	private String newEmail;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected AccountToken() {
	}

	AccountToken(long userId, Purpose purpose, String tokenHash, String newEmail) {
		this.userId = userId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.newEmail = newEmail;
		this.createdAt = Instant.now();
		this.expiresAt = createdAt.plus(purpose.validity);
	}

	boolean usable() {
		return usedAt == null && expiresAt.isAfter(Instant.now());
	}

	void use() {
		this.usedAt = Instant.now();
	}

	long userId() {
		return userId;
	}

	Purpose purpose() {
		return purpose;
	}

	String newEmail() {
		return newEmail;
	}

	boolean used() {
		return usedAt != null;
	}

}
