package org.maillage.mail;

/**
 * Where a mail of the outbox stands: PENDING until the SMTP attempt, then SENT or FAILED
 * (retried); KEPT when no SMTP server is configured.
 */
enum MailStatus {

	PENDING, KEPT, SENT, FAILED

}
