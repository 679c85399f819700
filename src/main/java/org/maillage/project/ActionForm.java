package org.maillage.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * The action form as typed; dates, numbers, choices and the version are text read by
 * {@link FormInput}. {@code responsible} is "organisationId:userId" or "organisationId".
 */
record ActionForm(
		@NotBlank(message = "{project.action.title.required}") @Size(max = 200,
				message = "{project.title.size}") String title,
		@Size(max = 5000, message = "{project.action.description.size}") String description, String workPackageId,
		String responsible, String startDate, String dueDate, String status, String progress, String dependsOnId,
		String version) {

	static ActionForm empty(Long workPackageId) {
		return new ActionForm(null, null, ProjectForm.text(workPackageId), null, null, null, ActionStatus.TODO.name(),
				"0", null, null);
	}

	static ActionForm of(Action a) {
		String responsible = a.responsibleOrganisationId() == null ? null
				: a.responsibleOrganisationId() + (a.responsibleUserId() == null ? "" : ":" + a.responsibleUserId());
		return new ActionForm(a.title(), a.description(), ProjectForm.text(a.workPackageId()), responsible,
				ProjectForm.text(a.startDate()), ProjectForm.text(a.dueDate()), a.status().name(),
				String.valueOf(a.progress()), ProjectForm.text(a.dependsOnId()), String.valueOf(a.version()));
	}

	ActionForm withVersion(long version) {
		return new ActionForm(title, description, workPackageId, responsible, startDate, dueDate, status, progress,
				dependsOnId, String.valueOf(version));
	}

	ActionCommand toCommand(BindingResult errors) {
		var start = FormInput.date(startDate, "startDate", errors);
		var due = FormInput.date(dueDate, "dueDate", errors);
		if (start != null && due != null && due.isBefore(start)) {
			FormInput.reject(errors, "dueDate", dueDate, "project.action.dueBeforeStart");
		}
		Integer percent = FormInput.percent(progress, "progress", errors);
		ActionStatus chosen = FormInput.choice(ActionStatus.class, status, "status", errors);
		Long workPackage = FormInput.id(workPackageId, "workPackageId", errors);
		Long dependsOn = FormInput.id(dependsOnId, "dependsOnId", errors);
		Long organisation = null;
		Long user = null;
		if (responsible != null && !responsible.isBlank()) {
			String[] parts = responsible.split(":", 2);
			organisation = FormInput.id(parts[0], "responsible", errors);
			if (parts.length == 2) {
				user = FormInput.id(parts[1], "responsible", errors);
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new ActionCommand(title, description, workPackage, organisation, user, start, due, chosen, percent,
				dependsOn);
	}

}
