package org.maillage.project;

import java.time.LocalDate;

/**
 * An action's fields as stored, shown beside the user's input on a conflict and sent by
 * the API.
 */
public record ActionSnapshot(long id, long projectId, Long workPackageId, String title, String description,
		Long responsibleOrganisationId, Long responsibleUserId, String responsibleName, LocalDate startDate,
		LocalDate dueDate, ActionStatus status, int progress, Long dependsOnId, long version) {

	static ActionSnapshot of(Action a) {
		return new ActionSnapshot(a.id(), a.projectId(), a.workPackageId(), a.title(), a.description(),
				a.responsibleOrganisationId(), a.responsibleUserId(), a.responsibleName(), a.startDate(), a.dueDate(),
				a.status(), a.progress(), a.dependsOnId(), a.version());
	}

}
