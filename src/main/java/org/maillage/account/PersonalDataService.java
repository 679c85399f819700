package org.maillage.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.common.DomainException;
import org.maillage.common.NotFoundException;
import org.maillage.mail.MailOutbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's right to their data: an export of everything the platform holds about them
 * (every module contributes its section), and the deletion of their account, leaving
 * nothing behind.
 */
@Service
class PersonalDataService {

	private final UserAccountRepository users;

	private final PersonalAccessTokenRepository accessTokens;

	private final AccountTokenRepository links;

	private final PersistentTokenRepository rememberMe;

	private final MailOutbox outbox;

	private final List<PersonalDataContributor> contributors;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final PasswordEncoder passwords;

	private final CurrentUser currentUser;

	PersonalDataService(UserAccountRepository users, PersonalAccessTokenRepository accessTokens,
			AccountTokenRepository links, PersistentTokenRepository rememberMe, MailOutbox outbox,
			List<PersonalDataContributor> contributors, ObjectProvider<FindByIndexNameSessionRepository<?>> sessions,
			PasswordEncoder passwords, CurrentUser currentUser) {
		this.users = users;
		this.accessTokens = accessTokens;
		this.links = links;
		this.rememberMe = rememberMe;
		this.outbox = outbox;
		this.contributors = contributors;
		this.sessions = sessions;
		this.passwords = passwords;
		this.currentUser = currentUser;
	}

	/** Everything about the current user, ready to be written as JSON. */
	@Transactional(readOnly = true)
	Map<String, Object> export() {
		var user = me();
		var data = new LinkedHashMap<String, Object>();
		var account = new LinkedHashMap<String, Object>();
		account.put("id", user.id());
		account.put("email", user.email());
		account.put("displayName", user.displayName());
		account.put("roles", user.roles().stream().map(Role::name).toList());
		account.put("confirmed", user.confirmed());
		account.put("enabled", user.enabled());
		account.put("createdAt", user.createdAt().toString());
		data.put("account", account);
		data.put("accessTokens", accessTokens.findByUserIdOrderByCreatedAtDescIdDesc(user.id()).stream().map(token -> {
			var view = new LinkedHashMap<String, Object>();
			view.put("name", token.name());
			view.put("createdAt", String.valueOf(token.createdAt()));
			view.put("lastUsedAt", token.lastUsedAt() == null ? null : token.lastUsedAt().toString());
			view.put("expiresAt", token.expiresAt() == null ? null : token.expiresAt().toString());
			view.put("revoked", token.revoked());
			return view;
		}).toList());
		data.put("mails",
				outbox.sentTo(user.email())
					.stream()
					.map(mail -> Map.of("createdAt", mail.createdAt().toString(), "subject", mail.subject(), "status",
							mail.status()))
					.toList());
		for (var contributor : contributors) {
			data.put(contributor.section(), contributor.export(user.id()));
		}
		return data;
	}

	/**
	 * Deletes the current user's account, in one transaction: every module's data first,
	 * then tokens, remember-me logins, mails, sessions and the account itself. Asks for
	 * the password.
	 */
	@Transactional
	void deleteMyAccount(String password) {
		var user = me();
		if (password == null || !passwords.matches(password, user.passwordHash())) {
			throw new FieldRefusedException("password", "account.password.current.wrong");
		}
		if (user.roles().contains(Role.ADMIN) && user.enabled() && users.countEnabledAdmins() <= 1) {
			throw new DomainException("account.delete.lastAdmin");
		}
		long id = user.id();
		for (var contributor : contributors) {
			contributor.erase(id);
		}
		accessTokens.deleteByUser(id);
		links.deleteByUser(id);
		rememberMe.removeUserTokens(user.email());
		outbox.forget(user.email());
		users.delete(user);
		users.flush();
		var sessionRepository = sessions.getIfAvailable();
		if (sessionRepository != null) {
			sessionRepository.findByPrincipalName(user.email()).keySet().forEach(sessionRepository::deleteById);
		}
	}

	private UserAccount me() {
		return users.findById(currentUser.require().id()).orElseThrow(NotFoundException::new);
	}

}
