package org.maillage.account;

import java.util.Locale;

import org.maillage.mail.Mailer;
import org.maillage.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes the account mails, after the transaction that asked for them has committed. Each
 * handler runs in its own transaction: it issues the single-use link and stores the mail
 * in the outbox together, and the event publication registry retries it if anything
 * fails.
 */
@Component
class AccountMails {

	private final UserAccountRepository users;

	private final OneTimeLinks links;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	private final String instanceName;

	AccountMails(UserAccountRepository users, OneTimeLinks links, Mailer mailer, MessageSource messages,
			@Value("${maillage.base-url:http://localhost:8080}") String baseUrl,
			@Value("${maillage.instance-name:Maillage}") String instanceName) {
		this.users = users;
		this.links = links;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.instanceName = instanceName;
	}

	@ApplicationModuleListener
	void on(AccountEvents.ConfirmationRequested event) {
		users.findById(event.userId()).filter(user -> !user.confirmed()).ifPresent(user -> {
			String secret = links.issue(user.id(), AccountToken.Purpose.CONFIRM_SIGNUP, null);
			send(user.email(), "mail.signup", user.displayName(), link("/inscription/confirmer", secret));
		});
	}

	@ApplicationModuleListener
	void on(AccountEvents.PasswordResetRequested event) {
		users.findById(event.userId()).filter(UserAccount::enabled).ifPresent(user -> {
			String secret = links.issue(user.id(), AccountToken.Purpose.RESET_PASSWORD, null);
			send(user.email(), "mail.reset", user.displayName(), link("/mot-de-passe/nouveau", secret));
		});
	}

	@ApplicationModuleListener
	void on(AccountEvents.EmailChangeRequested event) {
		users.findById(event.userId()).ifPresent(user -> {
			String secret = links.issue(user.id(), AccountToken.Purpose.CHANGE_EMAIL, event.newEmail());
			send(event.newEmail(), "mail.emailChange", user.displayName(), link("/courriel/confirmer", secret));
		});
	}

	@ApplicationModuleListener
	void on(AccountEvents.EmailChanged event) {
		users.findById(event.userId())
			.ifPresent(user -> send(event.oldEmail(), "mail.emailChanged", user.displayName(), event.newEmail()));
	}

	private void send(String to, String key, String displayName, String detail) {
		Object[] args = { displayName, instanceName, detail, baseUrl };
		mailer.send(OutgoingMail.text(to, messages.getMessage(key + ".subject", args, Locale.FRENCH),
				messages.getMessage(key + ".text", args, Locale.FRENCH)));
	}

	private String link(String path, String secret) {
		return UriComponentsBuilder.fromUriString(baseUrl + path).queryParam("jeton", secret).build().toUriString();
	}

}
