package org.maillage.mail;

/**
 * Sends a mail. Every mail is stored in the outbox first (inside the caller's
 * transaction, if any); it goes out over SMTP when {@code spring.mail.host} is set,
 * otherwise it is kept for the instance administrator to read at
 * {@code /admin/courriels}. Modules call it from {@code @ApplicationModuleListener}
 * methods, so that nothing is lost between commit and sending.
 */
public interface Mailer {

	void send(OutgoingMail mail);

}
