package org.maillage.event;

/** A respondent's answer for one slot of a poll. */
public enum Availability {

	YES(2), IF_NEEDED(1), NO(0);

	private final int weight;

	Availability(int weight) {
		this.weight = weight;
	}

	/** Counts in a slot's score: a yes is worth two "if needed". */
	public int weight() {
		return weight;
	}

}
