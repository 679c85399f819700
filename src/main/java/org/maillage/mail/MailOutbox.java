package org.maillage.mail;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The outbox seen as personal data: what was mailed to an address, and forgetting it. */
@Component
public class MailOutbox {

	private final OutboxMailRepository outbox;

	MailOutbox(OutboxMailRepository outbox) {
		this.outbox = outbox;
	}

	@Transactional(readOnly = true)
	public List<SentMail> sentTo(String email) {
		return outbox.findByRecipientIgnoreCaseOrderByIdDesc(email)
			.stream()
			.map(mail -> new SentMail(mail.createdAt(), mail.subject(), mail.status().name()))
			.toList();
	}

	/**
	 * Deletes every mail to this address from the outbox (with attachments); returns how
	 * many.
	 */
	@Transactional
	public int forget(String email) {
		var mails = outbox.findByRecipientIgnoreCaseOrderByIdDesc(email);
		outbox.deleteAll(mails);
		return mails.size();
	}

}
