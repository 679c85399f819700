package org.maillage.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without an SMTP server, mails are kept in the outbox, readable by administrators only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxTests {

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxMailRepository outbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void a_mail_is_kept_with_its_attachments_when_no_smtp_server_is_configured() throws Exception {
		String to = "destinataire-" + UUID.randomUUID() + "@exemple.fr";
		mailer.send(new OutgoingMail(to, "Invitation à la journée d'échanges", "Venez nombreux.", "<p>Venez</p>",
				List.of(new MailAttachment("journee.ics", "text/calendar",
						"BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)))));

		var kept = outbox.findByRecipientIgnoreCaseOrderByIdDesc(to);
		assertThat(kept).singleElement().satisfies(mail -> {
			assertThat(mail.status()).isEqualTo(MailStatus.KEPT);
			assertThat(mail.sentAt()).isNull();
		});
		long id = kept.getFirst().id();

		var admin = TestAccounts.create(context, Role.ADMIN);
		mvc.perform(get("/admin/courriels").with(TestAccounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Invitation à la journée d&#39;échanges")));
		mvc.perform(get("/admin/courriels/{id}", id).with(TestAccounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Venez nombreux.")))
			.andExpect(content().string(Matchers.containsString("journee.ics")))
			.andExpect(content().string(Matchers.containsString("conservé")));
		mvc.perform(get("/admin/courriels/{id}", Long.MAX_VALUE).with(TestAccounts.as(admin)))
			.andExpect(status().isNotFound());

		var member = TestAccounts.create(context, Role.ANIMATOR);
		mvc.perform(get("/admin/courriels/{id}", id).with(TestAccounts.as(member))).andExpect(status().isForbidden());
	}

}
