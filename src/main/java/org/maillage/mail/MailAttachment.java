package org.maillage.mail;

import java.util.Objects;

/** A file attached to an {@link OutgoingMail}, e.g. an iCalendar invitation or a PDF. */
public record MailAttachment(String filename, String contentType, byte[] content) {

	public MailAttachment {
		Objects.requireNonNull(filename, "filename");
		Objects.requireNonNull(contentType, "contentType");
		Objects.requireNonNull(content, "content");
	}

}
