package org.maillage.mail;

import java.time.Instant;

/**
 * What the outbox holds about one mail sent to someone, for their personal-data export.
 */
public record SentMail(Instant createdAt, String subject, String status) {
}
