package org.maillage.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An attachment as stored with its mail in the outbox. */
@Embeddable
class StoredAttachment {

	@Column(nullable = false)
	private String filename;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private byte[] content;

	protected StoredAttachment() {
	}

	StoredAttachment(MailAttachment attachment) {
		this.filename = attachment.filename();
		this.contentType = attachment.contentType();
		this.content = attachment.content();
	}

	String filename() {
		return filename;
	}

	String contentType() {
		return contentType;
	}

	byte[] content() {
		return content;
	}

	int size() {
		return content.length;
	}

}
