package org.maillage.event;

import java.time.Clock;

import org.maillage.event.EventMailEvents.OccupancyReached;
import org.maillage.event.EventMailEvents.RegistrationPromoted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies the seat rules of a locked event: who holds seats now, and who on the waiting
 * list gets the seats that freed up (in arrival order, the first that fits: a team needs
 * all its seats, reserved seats only go to their group). Confirmed people are never moved
 * back to the list: when the organiser lowers the capacity below the confirmed seats,
 * they keep their seats and the organiser's page says the event is over capacity until
 * cancellations bring it back.
 */
@Component
class WaitingList {

	private final RegistrationRepository registrations;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	WaitingList(RegistrationRepository registrations, ApplicationEventPublisher events) {
		this.registrations = registrations;
		this.events = events;
	}

	/** The seats as they are now. */
	SeatPlan plan(Event event) {
		int group = 0;
		int other = 0;
		for (Object[] row : registrations.confirmedSeats(event.id())) {
			int seats = ((Number) row[1]).intValue();
			if (Boolean.TRUE.equals(row[0])) {
				group += seats;
			}
			else {
				other += seats;
			}
		}
		return event.plan(group, other);
	}

	/**
	 * Places a new registration (the event must be locked): confirmed when it fits,
	 * waiting otherwise.
	 */
	void place(Event event, Registration registration) {
		SeatPlan plan = plan(event);
		if (plan.fits(registration.seats(), registration.inGroup())) {
			registration.confirm(clock.instant());
			alert(event, plan.with(registration.seats(), registration.inGroup()));
		}
	}

	/**
	 * Gives freed seats to the waiting list, in arrival order (the event must be locked).
	 */
	void promote(Event event) {
		registrations.flush();
		SeatPlan plan = plan(event);
		for (Registration waiting : registrations.findByEventIdAndStatusOrderBySequence(event.id(),
				RegistrationStatus.WAITING)) {
			if (plan.free() == 0) {
				break;
			}
			if (plan.fits(waiting.seats(), waiting.inGroup())) {
				waiting.confirm(clock.instant());
				plan = plan.with(waiting.seats(), waiting.inGroup());
				events.publishEvent(new RegistrationPromoted(waiting.id(), waiting.confirmedAt().toEpochMilli()));
			}
		}
		alert(event, plan);
	}

	void alert(Event event, SeatPlan plan) {
		int threshold = event.alertFor(plan.percent());
		if (threshold > 0) {
			events.publishEvent(new OccupancyReached(event.id(), threshold));
		}
	}

}
