package org.maillage.directory;

import java.util.Locale;

import org.maillage.account.AccountConfirmed;
import org.maillage.account.AccountDirectory;
import org.maillage.mail.Mailer;
import org.maillage.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails of the directory and its reaction to new accounts, after the transaction that
 * caused them has committed (retried by the event publication registry).
 */
@Component
class DirectoryMails {

	private final OrganisationRepository organisations;

	private final MembershipService memberships;

	private final AccountDirectory accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	DirectoryMails(OrganisationRepository organisations, MembershipService memberships, AccountDirectory accounts,
			Mailer mailer, MessageSource messages,
			@Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void on(MemberInvited event) {
		organisations.findById(event.organisationId()).ifPresent(organisation -> {
			String key = event.existingAccount() ? "directory.mail.added" : "directory.mail.invitation";
			String link = event.existingAccount() ? baseUrl + "/annuaire/organisations/" + organisation.id()
					: baseUrl + "/inscription";
			Object[] args = { organisation.name(), event.invitedByName(), link };
			mailer.send(OutgoingMail.text(event.email(), messages.getMessage(key + ".subject", args, Locale.FRENCH),
					messages.getMessage(key + ".text", args, Locale.FRENCH)));
		});
	}

	@ApplicationModuleListener
	void on(ClaimDecided event) {
		accounts.findById(event.userId())
			.ifPresent(user -> organisations.findById(event.organisationId()).ifPresent(organisation -> {
				String key = event.approved() ? "directory.mail.claimApproved" : "directory.mail.claimRefused";
				Object[] args = { organisation.name(), baseUrl + "/annuaire/organisations/" + organisation.id() };
				mailer.send(OutgoingMail.text(user.email(), messages.getMessage(key + ".subject", args, Locale.FRENCH),
						messages.getMessage(key + ".text", args, Locale.FRENCH)));
			}));
	}

	@ApplicationModuleListener
	void on(AccountConfirmed event) {
		memberships.acceptInvitations(event.userId(), event.email());
	}

}
