package org.maillage.project;

/** Where an action stands. */
public enum ActionStatus {

	TODO, IN_PROGRESS, BLOCKED, DONE, CANCELLED;

	/** Done or cancelled: no longer late, no longer in anyone's to-do list. */
	public boolean closed() {
		return this == DONE || this == CANCELLED;
	}

}
