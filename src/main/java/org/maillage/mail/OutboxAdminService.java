package org.maillage.mail;

import java.time.Instant;
import java.util.List;

import org.maillage.common.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the instance administrator reads it. Only administrators: checked here
 * (method security, since the mail module does not know the account module) as well as by
 * the URL rules.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class OutboxAdminService {

	static final int PAGE_SIZE = 25;

	record MailRow(long id, String recipient, String subject, MailStatus status, Instant createdAt, Instant sentAt,
			int attempts) {
	}

	record MailView(long id, String recipient, String subject, String text, String html, MailStatus status,
			Instant createdAt, Instant sentAt, int attempts, String error, List<AttachmentRow> attachments) {
	}

	record AttachmentRow(String filename, String contentType, int size) {
	}

	private final OutboxMailRepository outbox;

	OutboxAdminService(OutboxMailRepository outbox) {
		this.outbox = outbox;
	}

	@Transactional(readOnly = true)
	Page<MailRow> list(int page) {
		return outbox.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map(mail -> new MailRow(mail.id(), mail.recipient(), mail.subject(), mail.status(), mail.createdAt(),
					mail.sentAt(), mail.attempts()));
	}

	@Transactional(readOnly = true)
	MailView get(long id) {
		var mail = outbox.findById(id).orElseThrow(NotFoundException::new);
		return new MailView(mail.id(), mail.recipient(), mail.subject(), mail.text(), mail.html(), mail.status(),
				mail.createdAt(), mail.sentAt(), mail.attempts(), mail.error(),
				mail.attachments()
					.stream()
					.map(a -> new AttachmentRow(a.filename(), a.contentType(), a.size()))
					.toList());
	}

}
