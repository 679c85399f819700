package org.maillage.project;

import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.maillage.territory.TerritoryResolution;
import org.maillage.territory.TerritoryService;
import org.springframework.validation.BindingResult;

/**
 * The project form as typed. Dates, choices and the version are text, read by
 * {@link FormInput} so that a wrong value gets a message next to its field; the territory
 * is free text resolved on the server.
 */
record ProjectForm(
		@NotBlank(message = "{project.title.required}") @Size(max = 200, message = "{project.title.size}") String title,
		@Size(max = 500, message = "{project.summary.size}") String summary,
		@Size(max = 20000, message = "{project.description.size}") String description, String territory,
		Set<String> themes, String status, String startDate, String endDate, String visibility,
		String leadOrganisationId, String version) {

	ProjectForm {
		themes = themes == null ? new TreeSet<>() : new TreeSet<>(themes);
	}

	static ProjectForm empty() {
		return new ProjectForm(null, null, null, null, null, ProjectStatus.IDEA.name(), null, null,
				ProjectVisibility.PUBLIC.name(), null, null);
	}

	static ProjectForm of(Project p, String territoryText) {
		return new ProjectForm(p.title(), p.summary(), p.description(), territoryText, p.themes(), p.status().name(),
				text(p.startDate()), text(p.endDate()), p.visibility().name(), String.valueOf(p.leadOrganisationId()),
				String.valueOf(p.version()));
	}

	static String text(Object value) {
		return value == null ? null : value.toString();
	}

	ProjectForm withVersion(long version) {
		return new ProjectForm(title, summary, description, territory, themes, status, startDate, endDate, visibility,
				leadOrganisationId, String.valueOf(version));
	}

	/** The command, or null when a field was refused (errors added next to it). */
	ProjectCommand toCommand(BindingResult errors, TerritoryService territories) {
		var from = FormInput.date(startDate, "startDate", errors);
		var to = FormInput.date(endDate, "endDate", errors);
		if (from != null && to != null && to.isBefore(from)) {
			FormInput.reject(errors, "endDate", endDate, "project.endDate.beforeStart");
		}
		var chosenStatus = FormInput.choice(ProjectStatus.class, status, "status", errors);
		var chosenVisibility = FormInput.choice(ProjectVisibility.class, visibility, "visibility", errors);
		String territoryId = null;
		if (territory != null && !territory.isBlank()) {
			TerritoryResolution resolution = territories.resolve(territory, null);
			if (resolution.resolved()) {
				territoryId = resolution.territory().orElseThrow().id();
			}
			else {
				FormInput.reject(errors, "territory", territory,
						resolution.isAmbiguous() ? "project.territory.ambiguous" : "project.territory.unknown");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new ProjectCommand(title, summary, description, territoryId, themes, chosenStatus, from, to,
				chosenVisibility);
	}

}
