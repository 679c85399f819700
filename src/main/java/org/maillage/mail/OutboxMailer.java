package org.maillage.mail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores every mail in the outbox; delivery is the {@link SmtpDelivery}'s job. */
@Service
class OutboxMailer implements Mailer {

	private final OutboxMailRepository outbox;

	private final SmtpDelivery delivery;

	OutboxMailer(OutboxMailRepository outbox, SmtpDelivery delivery) {
		this.outbox = outbox;
		this.delivery = delivery;
	}

	@Override
	@Transactional
	public void send(OutgoingMail mail) {
		var stored = outbox.save(new OutboxMail(mail, delivery.configured()));
		if (delivery.configured()) {
			delivery.deliverAfterCommit(stored.id());
		}
	}

}
