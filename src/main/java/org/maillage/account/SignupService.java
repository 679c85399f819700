package org.maillage.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up and e-mail confirmation: an account can log in once its owner followed the
 * mailed link.
 */
@Service
class SignupService {

	/** What following a confirmation link did. */
	enum Confirmation {

		CONFIRMED, ALREADY_CONFIRMED, EXPIRED, INVALID

	}

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final OneTimeLinks links;

	private final ApplicationEventPublisher events;

	SignupService(UserAccountRepository users, PasswordEncoder passwords, OneTimeLinks links,
			ApplicationEventPublisher events) {
		this.users = users;
		this.passwords = passwords;
		this.links = links;
		this.events = events;
	}

	/** Creates an unconfirmed account and asks for the confirmation mail. */
	@Transactional
	long signUp(String displayName, String email, String rawPassword) {
		String normalized = UserAccount.normalizeEmail(email);
		if (users.existsByEmail(normalized)) {
			throw new FieldRefusedException("email", "account.signup.email.taken");
		}
		UserAccount user;
		try {
			user = users.saveAndFlush(new UserAccount(normalized, displayName, passwords.encode(rawPassword)));
		}
		catch (DataIntegrityViolationException e) {
			throw new FieldRefusedException("email", "account.signup.email.taken");
		}
		events.publishEvent(new AccountEvents.ConfirmationRequested(user.id()));
		return user.id();
	}

	@Transactional
	Confirmation confirm(String secret) {
		var token = links.find(secret, AccountToken.Purpose.CONFIRM_SIGNUP).orElse(null);
		if (token == null) {
			return Confirmation.INVALID;
		}
		var user = users.findById(token.userId()).orElse(null);
		if (user == null) {
			return Confirmation.INVALID;
		}
		if (user.confirmed()) {
			return Confirmation.ALREADY_CONFIRMED;
		}
		if (!token.usable()) {
			return token.used() ? Confirmation.INVALID : Confirmation.EXPIRED;
		}
		token.use();
		confirm(user);
		return Confirmation.CONFIRMED;
	}

	/** Confirms the account and tells the other modules that a new member arrived. */
	@Transactional
	void confirm(UserAccount user) {
		if (!user.confirmed()) {
			user.confirm();
			events.publishEvent(new AccountConfirmed(user.id(), user.email(), user.displayName()));
		}
	}

	/**
	 * Sends the confirmation mail again, if this e-mail belongs to an unconfirmed account
	 * (silently otherwise).
	 */
	@Transactional
	void resendConfirmation(String email) {
		users.findByEmail(UserAccount.normalizeEmail(email))
			.filter(user -> !user.confirmed() && user.enabled())
			.ifPresent(user -> events.publishEvent(new AccountEvents.ConfirmationRequested(user.id())));
	}

}
