package org.maillage.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.maillage.account.AccountDirectory;
import org.maillage.account.UserRef;
import org.maillage.common.FrenchTime;
import org.maillage.event.EventMailEvents.EventDeleted;
import org.maillage.event.EventMailEvents.OccupancyReached;
import org.maillage.event.EventMailEvents.ParticipantCancelled;
import org.maillage.event.EventMailEvents.ParticipantsMessaged;
import org.maillage.event.EventMailEvents.RegistrationPromoted;
import org.maillage.event.EventMailEvents.RegistrationReceived;
import org.maillage.event.EventMailEvents.RegistrationRefused;
import org.maillage.mail.MailAttachment;
import org.maillage.mail.Mailer;
import org.maillage.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The event module's mails, sent after the transaction that caused them has committed
 * (the event publication registry retries them); each is keyed in {@link EventNotices} so
 * that a retried listener sends nothing twice.
 */
@Component
class EventMails {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H'h'mm", Locale.FRENCH);

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final EventCalendar calendar;

	private final EventNotices notices;

	private final AccountDirectory accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	EventMails(EventRepository events, RegistrationRepository registrations, EventCalendar calendar,
			EventNotices notices, AccountDirectory accounts, Mailer mailer, MessageSource messages) {
		this.events = events;
		this.registrations = registrations;
		this.calendar = calendar;
		this.notices = notices;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(RegistrationReceived received) {
		registrations.findById(received.registrationId()).ifPresent(registration -> {
			Event event = events.findById(registration.eventId()).orElseThrow();
			notices.once("received:" + registration.id(), () -> {
				Participant leader = registration.leader();
				if (registration.isConfirmed()) {
					sendConfirmation(event, registration, leader);
				}
				else {
					send(leader.email(), "event.mail.waiting", event, leader, registration, false);
				}
				for (Participant member : registration.activeParticipants()) {
					if (!member.leader()) {
						send(member.email(), "event.mail.member", event, member, registration,
								registration.isConfirmed());
					}
				}
			});
		});
	}

	@ApplicationModuleListener
	void on(RegistrationPromoted promoted) {
		registrations.findById(promoted.registrationId()).ifPresent(registration -> {
			Event event = events.findById(registration.eventId()).orElseThrow();
			notices.once("promoted:" + registration.id() + ":" + promoted.confirmedAtMillis(), () -> {
				for (Participant participant : registration.activeParticipants()) {
					send(participant.email(), "event.mail.promoted", event, participant, registration, true);
				}
			});
		});
	}

	@ApplicationModuleListener
	void on(ParticipantCancelled cancelled) {
		registrations.findById(cancelled.registrationId()).ifPresent(registration -> {
			Event event = events.findById(registration.eventId()).orElseThrow();
			registration.participants()
				.stream()
				.filter(p -> p.id() == cancelled.participantId())
				.findFirst()
				.ifPresent(participant -> notices.once("cancelled:" + participant.id(), () -> send(participant.email(),
						"event.mail.cancelled", event, participant, registration, false)));
		});
	}

	@ApplicationModuleListener
	void on(RegistrationRefused refused) {
		registrations.findById(refused.registrationId()).ifPresent(registration -> {
			Event event = events.findById(registration.eventId()).orElseThrow();
			Participant leader = registration.leader();
			notices.once("refused:" + registration.id(),
					() -> send(leader.email(), "event.mail.refused", event, leader, registration, false));
		});
	}

	@ApplicationModuleListener
	void on(OccupancyReached reached) {
		events.findById(reached.eventId())
			.ifPresent(event -> notices.once("occupancy:" + event.id() + ":" + reached.percent(),
					() -> organiserAddress(event).ifPresent(address -> {
						Object[] args = { event.title(), reached.percent(), calendar.pageUrl(event) + "/organisation" };
						mailer.send(OutgoingMail.text(address, text("event.mail.occupancy.subject", args),
								text("event.mail.occupancy.text", args)));
					})));
	}

	@ApplicationModuleListener
	void on(ParticipantsMessaged message) {
		events.findById(message.eventId()).ifPresent(event -> notices.once("message:" + message.messageId(), () -> {
			for (Registration registration : registrations.findByEventIdAndStatusOrderBySequence(event.id(),
					RegistrationStatus.CONFIRMED)) {
				for (Participant participant : registration.activeParticipants()) {
					Object[] args = { event.title(), message.text(), calendar.pageUrl(event) };
					mailer.send(OutgoingMail.text(participant.email(), "[" + event.title() + "] " + message.subject(),
							text("event.mail.message.text", args)));
				}
			}
		}));
	}

	@ApplicationModuleListener
	void on(EventDeleted deleted) {
		notices.once("deleted:" + deleted.eventId(), () -> {
			String when = WHEN.format(Instant.ofEpochMilli(deleted.startsAtMillis()).atZone(FrenchTime.ZONE));
			for (var recipient : deleted.recipients()) {
				Object[] args = { deleted.title(), recipient.name(), when, calendar.baseUrl() + "/agenda" };
				mailer.send(OutgoingMail.text(recipient.email(), text("event.mail.deleted.subject", args),
						text("event.mail.deleted.text", args)));
			}
		});
	}

	/** The reminder the day before, from {@code ReminderJob}, in its transaction. */
	void sendReminder(Event event, Registration registration) {
		for (Participant participant : registration.activeParticipants()) {
			send(participant.email(), "event.mail.reminder", event, participant, registration, true);
		}
	}

	/** The follow-up after the event, pointing to the synthesis. */
	void sendFollowUp(Event event, Registration registration) {
		for (Participant participant : registration.activeParticipants()) {
			send(participant.email(), "event.mail.followUp", event, participant, registration, false);
		}
	}

	private void sendConfirmation(Event event, Registration registration, Participant participant) {
		send(participant.email(), "event.mail.confirmed", event, participant, registration, true);
	}

	private void send(String to, String key, Event event, Participant participant, Registration registration,
			boolean withCalendar) {
		Object[] args = { event.title(), participant.name(), WHEN.format(event.startsAt().atZone(FrenchTime.ZONE)),
				registration.code(), calendar.pageUrl(event), calendar.googleLink(event),
				calendar.baseUrl() + "/inscriptions/" + participant.token(), registration.leader().name(),
				registration.reason() == null ? "" : registration.reason(), calendar.pageUrl(event) + "/synthese" };
		List<MailAttachment> attachments = withCalendar ? List.of(new MailAttachment("evenement.ics", "text/calendar",
				calendar.file(List.of(event), event.title()).getBytes(StandardCharsets.UTF_8))) : List.of();
		mailer.send(new OutgoingMail(to, text(key + ".subject", args), text(key + ".text", args), null, attachments));
	}

	private java.util.Optional<String> organiserAddress(Event event) {
		if (event.createdBy() != null) {
			var creator = accounts.findById(event.createdBy()).map(UserRef::email);
			if (creator.isPresent()) {
				return creator;
			}
		}
		return event.contact() != null && event.contact().contains("@") ? java.util.Optional.of(event.contact().strip())
				: java.util.Optional.empty();
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, Locale.FRENCH);
	}

}
