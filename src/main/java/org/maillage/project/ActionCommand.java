package org.maillage.project;

import java.time.LocalDate;

/** An action as typed in the form or sent to the API. */
public record ActionCommand(String title, String description, Long workPackageId, Long responsibleOrganisationId,
		Long responsibleUserId, LocalDate startDate, LocalDate dueDate, ActionStatus status, Integer progress,
		Long dependsOnId) {

	public ActionCommand {
		status = status == null ? ActionStatus.TODO : status;
		progress = progress == null ? 0 : progress;
	}

}
