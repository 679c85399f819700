package org.maillage.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's account: e-mail (stored lower-cased, unique), displayed name, password hash
 * and roles. A new account is unconfirmed until its owner follows the link sent by
 * e-mail; an administrator may disable it.
 */
@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	/** Comma-separated {@link Role} names. */
	@Column(nullable = false)
	private String roles;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(nullable = false)
	private boolean confirmed;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String email, String displayName, String passwordHash) {
		this.email = normalizeEmail(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.roles = Role.MEMBER.name();
		this.createdAt = Instant.now();
	}

	static String normalizeEmail(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	Long id() {
		return id;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	boolean confirmed() {
		return confirmed;
	}

	Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version;
	}

	Set<Role> roles() {
		if (roles == null || roles.isBlank()) {
			return EnumSet.noneOf(Role.class);
		}
		return Arrays.stream(roles.split(","))
			.map(String::strip)
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	/** Every account keeps the member role; the others come on top. */
	void changeRoles(Set<Role> newRoles) {
		var all = EnumSet.of(Role.MEMBER);
		all.addAll(newRoles);
		this.roles = all.stream().map(Role::name).collect(Collectors.joining(","));
	}

	void confirm() {
		this.confirmed = true;
	}

	void rename(String displayName) {
		this.displayName = displayName.strip();
	}

	void changeEmail(String email) {
		this.email = normalizeEmail(email);
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void enable() {
		this.enabled = true;
	}

	void disable() {
		this.enabled = false;
	}

	UserRef toRef() {
		return new UserRef(id, email, displayName, roles());
	}

}
