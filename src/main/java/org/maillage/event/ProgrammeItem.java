package org.maillage.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One part of an event's programme: when, what, and who speaks. */
@Embeddable
public record ProgrammeItem(@Column(name = "time_label") String time, String title, String description,
		String speaker) {

}
