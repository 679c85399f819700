package org.maillage.account;

import org.maillage.common.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords (reset by a mailed link valid one hour) and password changes.
 * Either way the remember-me tokens of the account stop working.
 */
@Service
class PasswordService {

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final OneTimeLinks links;

	private final SignupService signups;

	private final PersistentTokenRepository rememberMe;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	PasswordService(UserAccountRepository users, PasswordEncoder passwords, OneTimeLinks links, SignupService signups,
			PersistentTokenRepository rememberMe, CurrentUser currentUser, ApplicationEventPublisher events) {
		this.users = users;
		this.passwords = passwords;
		this.links = links;
		this.signups = signups;
		this.rememberMe = rememberMe;
		this.currentUser = currentUser;
		this.events = events;
	}

	/**
	 * Mails a reset link if the address belongs to an active account; says nothing either
	 * way.
	 */
	@Transactional
	void requestReset(String email) {
		users.findByEmail(UserAccount.normalizeEmail(email))
			.filter(UserAccount::enabled)
			.ifPresent(user -> events.publishEvent(new AccountEvents.PasswordResetRequested(user.id())));
	}

	boolean resetLinkUsable(String secret) {
		return links.findUsable(secret, AccountToken.Purpose.RESET_PASSWORD).isPresent();
	}

	/**
	 * Sets a new password from a reset link; following the link also proves the address
	 * is the user's.
	 */
	@Transactional
	void reset(String secret, String newPassword) {
		var token = links.findUsable(secret, AccountToken.Purpose.RESET_PASSWORD)
			.orElseThrow(() -> new DomainException("account.reset.link.invalid"));
		var user = users.findById(token.userId()).orElseThrow(() -> new DomainException("account.reset.link.invalid"));
		token.use();
		user.changePasswordHash(passwords.encode(newPassword));
		signups.confirm(user);
		rememberMe.removeUserTokens(user.email());
	}

	@Transactional
	void change(String currentPassword, String newPassword) {
		var user = users.findById(currentUser.require().id()).orElseThrow(org.maillage.common.NotFoundException::new);
		if (!passwords.matches(currentPassword, user.passwordHash())) {
			throw new FieldRefusedException("currentPassword", "account.password.current.wrong");
		}
		user.changePasswordHash(passwords.encode(newPassword));
		rememberMe.removeUserTokens(user.email());
	}

}
