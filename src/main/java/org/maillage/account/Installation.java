package org.maillage.account;

import org.maillage.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The first administrator of a fresh instance: created at start-up from
 * {@code maillage.admin.email} and {@code maillage.admin.password} (MAILLAGE_ADMIN_EMAIL
 * / MAILLAGE_ADMIN_PASSWORD) when no administrator exists, otherwise through the one-time
 * page {@code /installation}.
 */
@Service
class Installation implements ApplicationRunner {

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Logger log = LoggerFactory.getLogger(Installation.class);

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final SignupService signups;

	private final String adminEmail;

	private final String adminPassword;

	/**
	 * Once an administrator exists, one always will: no need to ask the database again.
	 */
	private volatile boolean adminKnown;

	Installation(UserAccountRepository users, PasswordEncoder passwords, SignupService signups,
			@Value("${maillage.admin.email:}") String adminEmail,
			@Value("${maillage.admin.password:}") String adminPassword) {
		this.users = users;
		this.passwords = passwords;
		this.signups = signups;
		this.adminEmail = adminEmail;
		this.adminPassword = adminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(adminEmail) || !StringUtils.hasText(adminPassword) || users.existsEnabledAdmin()) {
			return;
		}
		if (adminPassword.length() < MIN_PASSWORD_LENGTH) {
			log.error("MAILLAGE_ADMIN_PASSWORD is shorter than {} characters: no administrator created",
					MIN_PASSWORD_LENGTH);
			return;
		}
		var existing = users.findByEmail(UserAccount.normalizeEmail(adminEmail));
		var admin = existing.orElseGet(
				() -> users.save(new UserAccount(adminEmail, "Administration", passwords.encode(adminPassword))));
		admin.changeRoles(java.util.EnumSet.of(Role.ADMIN));
		admin.enable();
		users.flush();
		signups.confirm(admin);
		adminKnown = true;
		log.info("Administrator {} {} from the environment", admin.email(),
				existing.isPresent() ? "promoted" : "created");
	}

	/** Whether the instance still has no administrator (the setup page is then open). */
	boolean needed() {
		if (adminKnown) {
			return false;
		}
		adminKnown = users.existsEnabledAdmin();
		return !adminKnown;
	}

	/**
	 * Creates the first administrator from the setup page; refused (404) once one exists.
	 */
	@Transactional
	synchronized UserRef createFirstAdmin(String displayName, String email, String rawPassword) {
		if (!needed()) {
			throw new NotFoundException();
		}
		String normalized = UserAccount.normalizeEmail(email);
		if (users.existsByEmail(normalized)) {
			throw new FieldRefusedException("email", "account.signup.email.taken");
		}
		var admin = new UserAccount(normalized, displayName, passwords.encode(rawPassword));
		admin.changeRoles(java.util.EnumSet.of(Role.ADMIN));
		users.saveAndFlush(admin);
		signups.confirm(admin);
		adminKnown = true;
		return admin.toRef();
	}

}
