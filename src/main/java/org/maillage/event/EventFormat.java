package org.maillage.event;

/** What kind of gathering an event is. */
public enum EventFormat {

	PRACTICE_DAY, WORKSHOP, WEBINAR, TRAINING, STEERING

}
