package org.maillage.mail;

import java.util.List;
import java.util.Objects;

/**
 * A mail to send: one recipient, a subject, a plain-text body, an optional HTML body and
 * attachments.
 */
public record OutgoingMail(String to, String subject, String text, String html, List<MailAttachment> attachments) {

	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A plain-text mail without attachments. */
	public static OutgoingMail text(String to, String subject, String text) {
		return new OutgoingMail(to, subject, text, null, List.of());
	}

}
