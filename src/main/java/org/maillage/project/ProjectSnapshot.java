package org.maillage.project;

import java.time.LocalDate;
import java.util.Set;

/**
 * A project's fields as stored, shown beside the user's input on a conflict and sent by
 * the API.
 */
public record ProjectSnapshot(long id, String title, String summary, String description, String territoryId,
		Set<String> themes, ProjectStatus status, LocalDate startDate, LocalDate endDate, ProjectVisibility visibility,
		long leadOrganisationId, long version) {

	static ProjectSnapshot of(Project p) {
		return new ProjectSnapshot(p.id(), p.title(), p.summary(), p.description(), p.territoryId(), p.themes(),
				p.status(), p.startDate(), p.endDate(), p.visibility(), p.leadOrganisationId(), p.version());
	}

}
