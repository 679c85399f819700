package org.maillage.event;

import java.util.List;

/**
 * What the event module announces inside its transactions; {@link EventMails} turns them
 * into mails after commit, through the event publication registry.
 */
public final class EventMailEvents {

	private EventMailEvents() {
	}

	/** A new registration, confirmed or waiting; team members get their links. */
	public record RegistrationReceived(long registrationId) {
	}

	/** A waiting registration got its seats (automatically or by the organiser). */
	public record RegistrationPromoted(long registrationId, long confirmedAtMillis) {
	}

	/** A participant (or the whole registration, for its leader) cancelled. */
	public record ParticipantCancelled(long registrationId, long participantId) {
	}

	public record RegistrationRefused(long registrationId) {
	}

	/** The event just reached 50, 80 or 100 % of its capacity. */
	public record OccupancyReached(long eventId, int percent) {
	}

	/** The organiser's message to every active participant. */
	public record ParticipantsMessaged(long eventId, String messageId, String subject, String text) {
	}

	/**
	 * The organiser deleted an upcoming event: the people still registered are told. The
	 * event and its registrations are gone, so the mail's content travels here.
	 */
	public record EventDeleted(long eventId, String title, long startsAtMillis, List<Recipient> recipients) {

		/** A registrant to tell. */
		public record Recipient(String name, String email) {
		}

	}

}
