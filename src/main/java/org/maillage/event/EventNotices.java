package org.maillage.event;

import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers which mails were handed to the outbox, in the same transaction as the outbox
 * write: a listener that the event publication registry runs again after a crash finds
 * its key and sends nothing twice.
 */
@Component
class EventNotices {

	private final JdbcTemplate jdbc;

	EventNotices(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs the sending once per key; call inside the listener's transaction. */
	void once(String key, Runnable send) {
		Integer seen = jdbc.queryForObject("SELECT COUNT(*) FROM event_notice WHERE notice_key = ?", Integer.class,
				key);
		if (seen != null && seen > 0) {
			return;
		}
		jdbc.update("INSERT INTO event_notice (notice_key, sent_at) VALUES (?, ?)", key,
				java.sql.Timestamp.from(Instant.now()));
		send.run();
	}

}
