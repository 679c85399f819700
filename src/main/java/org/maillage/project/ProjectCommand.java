package org.maillage.project;

import java.time.LocalDate;
import java.util.Set;

/** What a project says about itself, as typed in the form or sent to the API. */
public record ProjectCommand(String title, String summary, String description, String territoryId, Set<String> themes,
		ProjectStatus status, LocalDate startDate, LocalDate endDate, ProjectVisibility visibility) {

	public ProjectCommand {
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		status = status == null ? ProjectStatus.IDEA : status;
		visibility = visibility == null ? ProjectVisibility.PUBLIC : visibility;
	}

}
