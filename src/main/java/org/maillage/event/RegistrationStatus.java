package org.maillage.event;

/** Where a registration stands. Only confirmed registrations hold seats. */
public enum RegistrationStatus {

	CONFIRMED, WAITING, CANCELLED, REFUSED;

	public boolean isActive() {
		return this == CONFIRMED || this == WAITING;
	}

}
