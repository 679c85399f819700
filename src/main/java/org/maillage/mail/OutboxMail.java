package org.maillage.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One mail of the outbox, with its delivery state. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

	/** After this many failed SMTP attempts the mail stays FAILED for good. */
	static final int MAX_ATTEMPTS = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(name = "text_body", nullable = false)
	private String text;

	@Column(name = "html_body")
	private String html;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MailStatus status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column
	private String error;

	@ElementCollection
	@CollectionTable(name = "mail_attachment", joinColumns = @JoinColumn(name = "mail_id"))
	@OrderColumn(name = "position")
	private List<StoredAttachment> attachments = new ArrayList<>();

	protected OutboxMail() {
	}

	OutboxMail(OutgoingMail mail, boolean smtpConfigured) {
		this.recipient = mail.to();
		this.subject = mail.subject();
		this.text = mail.text();
		this.html = mail.html();
		this.status = smtpConfigured ? MailStatus.PENDING : MailStatus.KEPT;
		this.createdAt = Instant.now();
		this.nextAttemptAt = smtpConfigured ? createdAt.plus(SmtpDelivery.GRACE) : null;
		mail.attachments().forEach(attachment -> attachments.add(new StoredAttachment(attachment)));
	}

	void markSent() {
		this.status = MailStatus.SENT;
		this.sentAt = Instant.now();
		this.attempts++;
		this.nextAttemptAt = null;
		this.error = null;
	}

	/**
	 * Failed attempts are retried later and later (1, 2, 4… minutes, at most an hour
	 * apart).
	 */
	void markFailed(String error) {
		this.status = MailStatus.FAILED;
		this.attempts++;
		this.error = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
		if (attempts >= MAX_ATTEMPTS) {
			this.nextAttemptAt = null;
		}
		else {
			long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
			this.nextAttemptAt = Instant.now().plus(Duration.ofMinutes(minutes));
		}
	}

	Long id() {
		return id;
	}

	String recipient() {
		return recipient;
	}

	String subject() {
		return subject;
	}

	String text() {
		return text;
	}

	String html() {
		return html;
	}

	MailStatus status() {
		return status;
	}

	int attempts() {
		return attempts;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant sentAt() {
		return sentAt;
	}

	Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	String error() {
		return error;
	}

	List<StoredAttachment> attachments() {
		return attachments;
	}

}
