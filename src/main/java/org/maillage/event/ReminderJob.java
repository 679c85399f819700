package org.maillage.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every quarter of an hour: the reminder for events starting within a day, and the
 * follow-up for events that ended (pointing to the synthesis). Each registration is
 * marked in the same transaction as its mails enter the outbox, so it is mailed once, and
 * ShedLock keeps one run across application nodes.
 */
@Component
class ReminderJob {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final EventMails mails;

	private final TransactionTemplate transactions;

	ReminderJob(EventRepository events, RegistrationRepository registrations, EventMails mails,
			TransactionTemplate transactions) {
		this.events = events;
		this.registrations = registrations;
		this.mails = mails;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${maillage.event.reminder-interval:PT15M}", initialDelayString = "PT2M")
	@SchedulerLock(name = "event-reminders", lockAtMostFor = "PT10M")
	void run() {
		sendDue(Instant.now());
	}

	/**
	 * Sends the reminders and follow-ups due at that moment; returns how many went out.
	 */
	int sendDue(Instant now) {
		int sent = 0;
		List<Event> soon = events.findByStartsAtBetween(now, now.plus(Duration.ofDays(1)));
		for (Event event : soon) {
			for (Registration due : registrations.toRemind(List.of(event.id()))) {
				sent += transactions.execute(status -> {
					Registration registration = registrations.findById(due.id()).orElseThrow();
					if (registration.reminderSentAt() != null || !registration.isConfirmed()) {
						return 0;
					}
					registration.markReminded(now);
					mails.sendReminder(event, registration);
					return 1;
				});
			}
		}
		List<Event> ended = events.findByEndsAtBetween(now.minus(Duration.ofDays(7)), now);
		for (Event event : ended) {
			for (Registration due : registrations.toFollowUp(List.of(event.id()))) {
				sent += transactions.execute(status -> {
					Registration registration = registrations.findById(due.id()).orElseThrow();
					if (registration.followUpSentAt() != null) {
						return 0;
					}
					registration.markFollowedUp(now);
					mails.sendFollowUp(event, registration);
					return 1;
				});
			}
		}
		return sent;
	}

}
