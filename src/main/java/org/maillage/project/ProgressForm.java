package org.maillage.project;

import jakarta.validation.constraints.Size;

/** "What moved" on an action: the status and progress reached, and a short note. */
record ProgressForm(String status, String progress, @Size(max = 2000, message = "{project.note.size}") String note,
		String version) {

	static ProgressForm of(Action a) {
		return new ProgressForm(a.status().name(), String.valueOf(a.progress()), null, String.valueOf(a.version()));
	}

	ProgressForm withVersion(long version) {
		return new ProgressForm(status, progress, note, String.valueOf(version));
	}

}
