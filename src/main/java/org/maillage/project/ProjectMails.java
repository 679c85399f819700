package org.maillage.project;

import java.util.Locale;

import org.maillage.account.AccountDirectory;
import org.maillage.directory.Membership;
import org.maillage.directory.MembershipService;
import org.maillage.mail.Mailer;
import org.maillage.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an invited organisation's admins, after the invitation has committed (retried by
 * the event publication registry).
 */
@Component
class ProjectMails {

	private final MembershipService memberships;

	private final AccountDirectory accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	ProjectMails(MembershipService memberships, AccountDirectory accounts, Mailer mailer, MessageSource messages,
			@Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.memberships = memberships;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void on(PartnerInvited event) {
		Object[] args = { event.projectTitle(), event.organisationName(), event.invitedBy(),
				baseUrl + "/projets/" + event.projectId() };
		String subject = messages.getMessage("project.mail.invited.subject", args, Locale.FRENCH);
		String text = messages.getMessage("project.mail.invited.text", args, Locale.FRENCH);
		memberships.membersOf(event.organisationId())
			.stream()
			.filter(Membership::isAdmin)
			.forEach(m -> accounts.findById(m.userId())
				.ifPresent(admin -> mailer.send(OutgoingMail.text(admin.email(), subject, text))));
	}

}
