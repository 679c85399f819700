package org.maillage.account;

import org.maillage.common.DomainException;
import org.maillage.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's own name and e-mail address. A new address takes effect once confirmed from
 * it.
 */
@Service
class ProfileService {

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final OneTimeLinks links;

	private final PersistentTokenRepository rememberMe;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	ProfileService(UserAccountRepository users, PasswordEncoder passwords, OneTimeLinks links,
			PersistentTokenRepository rememberMe, CurrentUser currentUser, ApplicationEventPublisher events) {
		this.users = users;
		this.passwords = passwords;
		this.links = links;
		this.rememberMe = rememberMe;
		this.currentUser = currentUser;
		this.events = events;
	}

	@Transactional
	void rename(String displayName) {
		me().rename(displayName);
	}

	/**
	 * Mails a confirmation link to the new address; nothing changes until it is followed.
	 */
	@Transactional
	void requestEmailChange(String newEmail, String password) {
		var user = me();
		if (!passwords.matches(password, user.passwordHash())) {
			throw new FieldRefusedException("password", "account.password.current.wrong");
		}
		String normalized = UserAccount.normalizeEmail(newEmail);
		if (normalized.equals(user.email())) {
			throw new FieldRefusedException("email", "account.email.same");
		}
		if (users.existsByEmail(normalized)) {
			throw new FieldRefusedException("email", "account.signup.email.taken");
		}
		events.publishEvent(new AccountEvents.EmailChangeRequested(user.id(), normalized));
	}

	/** Follows the link mailed to the new address; returns the new address. */
	@Transactional
	String confirmEmailChange(String secret) {
		var token = links.findUsable(secret, AccountToken.Purpose.CHANGE_EMAIL)
			.orElseThrow(() -> new DomainException("account.email.link.invalid"));
		var user = users.findById(token.userId()).orElseThrow(() -> new DomainException("account.email.link.invalid"));
		if (users.existsByEmail(token.newEmail())) {
			throw new DomainException("account.email.link.taken");
		}
		token.use();
		String oldEmail = user.email();
		rememberMe.removeUserTokens(oldEmail);
		user.changeEmail(token.newEmail());
		users.flush();
		events.publishEvent(new AccountEvents.EmailChanged(user.id(), oldEmail, user.email()));
		return user.email();
	}

	private UserAccount me() {
		return users.findById(currentUser.require().id()).orElseThrow(NotFoundException::new);
	}

}
