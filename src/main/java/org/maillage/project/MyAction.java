package org.maillage.project;

import java.time.LocalDate;

/** One of a person's actions across their projects, as listed on "my actions". */
public record MyAction(long id, String title, LocalDate startDate, LocalDate dueDate, ActionStatus status, int progress,
		long projectId, String projectTitle) {

	public boolean lateOn(LocalDate today) {
		return !status.closed() && dueDate != null && dueDate.isBefore(today);
	}

}
