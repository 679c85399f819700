package org.maillage.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Sends outbox mails over SMTP, right after the transaction that stored them commits, and
 * again later (see {@link MailRetryJob}) when the server refused or was unreachable.
 */
@Component
class SmtpDelivery {

	private static final Logger log = LoggerFactory.getLogger(SmtpDelivery.class);

	/**
	 * A mail not sent right after commit (crash, slow server) is picked up by the retry
	 * job after this delay.
	 */
	static final Duration GRACE = Duration.ofMinutes(2);

	private final OutboxMailRepository outbox;

	private final JavaMailSender sender;

	private final String from;

	private final TransactionTemplate newTransaction;

	SmtpDelivery(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> sender,
			@Value("${spring.mail.host:}") String host,
			@Value("${maillage.mail.from:Maillage <ne-pas-repondre@maillage.local>}") String from,
			PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.sender = StringUtils.hasText(host) ? sender.getIfAvailable() : null;
		this.from = from;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	boolean configured() {
		return sender != null;
	}

	void deliverAfterCommit(long mailId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver(mailId);
				}
			});
		}
		else {
			deliver(mailId);
		}
	}

	/**
	 * Tries to send one mail; the row is locked meanwhile so that it never goes out
	 * twice.
	 */
	void deliver(long mailId) {
		if (sender == null) {
			return;
		}
		try {
			newTransaction.executeWithoutResult(status -> outbox.findForDelivery(mailId)
				.filter(mail -> mail.status() == MailStatus.PENDING || mail.status() == MailStatus.FAILED)
				.ifPresent(this::send));
		}
		catch (RuntimeException e) {
			log.warn("Could not update mail {} of the outbox", mailId, e);
		}
	}

	/** Sends the mails whose turn has come; returns how many were tried. */
	int retryDue(int max) {
		var due = outbox.findDue(Instant.now(), PageRequest.of(0, max));
		due.forEach(this::deliver);
		return due.size();
	}

	private void send(OutboxMail mail) {
		try {
			MimeMessage message = sender.createMimeMessage();
			boolean multipart = mail.html() != null || !mail.attachments().isEmpty();
			var helper = new MimeMessageHelper(message, multipart, "UTF-8");
			helper.setFrom(from);
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			if (mail.html() != null) {
				helper.setText(mail.text(), mail.html());
			}
			else {
				helper.setText(mail.text());
			}
			for (var attachment : mail.attachments()) {
				helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			sender.send(message);
			mail.markSent();
		}
		catch (Exception e) {
			log.warn("Could not send mail {} to the SMTP server: {}", mail.id(), e.getMessage());
			mail.markFailed(e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

}
