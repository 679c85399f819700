package org.maillage.resource;

import java.util.Locale;

import org.maillage.account.AccountDirectory;
import org.maillage.mail.Mailer;
import org.maillage.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells authors what the review decided, after the transaction has committed (retried by
 * the event publication registry).
 */
@Component
class ResourceMails {

	private final AccountDirectory accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	ResourceMails(AccountDirectory accounts, Mailer mailer, MessageSource messages,
			@Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void on(ResourceReviewed event) {
		accounts.findById(event.authorId()).ifPresent(author -> {
			String key = "resource.mail." + event.action();
			Object[] args = { event.title(), event.reviewerName(), event.text() == null ? "" : event.text(),
					baseUrl + "/ressources/" + event.resourceId() };
			mailer.send(OutgoingMail.text(author.email(), messages.getMessage(key + ".subject", args, Locale.FRENCH),
					messages.getMessage(key + ".text", args, Locale.FRENCH)));
		});
	}

}
