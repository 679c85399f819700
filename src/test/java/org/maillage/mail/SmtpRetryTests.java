package org.maillage.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * When the SMTP server is down, the mail is marked FAILED and the retry job sends it
 * later.
 */
@SpringBootTest
class SmtpRetryTests {

	static final int PORT = TestSocketUtils.findAvailableTcpPort();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
	}

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxMailRepository outbox;

	@Autowired
	MailRetryJob retryJob;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_mail_refused_by_a_missing_server_is_sent_by_the_retry_job_once_the_server_is_back() {
		String to = "patient-" + UUID.randomUUID() + "@exemple.fr";
		mailer.send(OutgoingMail.text(to, "Rappel", "La réunion a lieu demain."));
		var failed = outbox.findByRecipientIgnoreCaseOrderByIdDesc(to).getFirst();
		assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.error()).isNotBlank();
		assertThat(failed.nextAttemptAt()).isAfter(Instant.now());

		var greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		try {
			jdbc.update("update mail_outbox set next_attempt_at = ? where id = ?",
					java.sql.Timestamp.from(Instant.now().minusSeconds(1)), failed.id());
			retryJob.retry();
			var sent = outbox.findById(failed.id()).orElseThrow();
			assertThat(sent.status()).isEqualTo(MailStatus.SENT);
			assertThat(sent.attempts()).isEqualTo(2);
			// the test database is shared: other tests' due mails may go out too
			assertThat(
					java.util.Arrays.stream(greenMail.getReceivedMessagesForDomain(to.substring(to.indexOf('@') + 1)))
						.filter((message) -> {
							try {
								return java.util.Arrays.stream(message.getAllRecipients())
									.anyMatch((address) -> address.toString().equals(to));
							}
							catch (jakarta.mail.MessagingException ex) {
								throw new IllegalStateException(ex);
							}
						}))
				.hasSize(1);
		}
		finally {
			greenMail.stop();
		}
	}

}
