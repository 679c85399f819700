package org.maillage.project;

/** One line of the side-by-side view shown when someone else saved in between. */
record ConflictRow(String labelKey, String stored, String submitted, boolean differs) {

	static ConflictRow of(String labelKey, String stored, String submitted) {
		String a = stored == null ? "" : stored.strip();
		String b = submitted == null ? "" : submitted.strip();
		return new ConflictRow(labelKey, a, b, !a.equals(b));
	}

}
