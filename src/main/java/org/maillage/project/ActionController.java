package org.maillage.project;

import java.util.List;

import jakarta.validation.Valid;

import org.maillage.common.ConflictException;
import org.maillage.common.Markdown;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action: its page (history, progress form), creation and edition. Saving from a stale
 * version shows both versions side by side and saves nothing.
 */
@Controller
class ActionController {

	private final ActionPlanService plans;

	private final ProjectPermissions permissions;

	private final ProjectTexts texts;

	ActionController(ActionPlanService plans, ProjectPermissions permissions, ProjectTexts texts) {
		this.plans = plans;
		this.permissions = permissions;
		this.texts = texts;
	}

	@GetMapping("/projets/{id}/actions/{actionId}")
	String show(@PathVariable long id, @PathVariable long actionId, Model model) {
		ActionDetail detail = plans.action(id, actionId);
		model.addAttribute("detail", detail);
		model.addAttribute("open", detail.open());
		model.addAttribute("project", detail.open().project());
		model.addAttribute("action", detail.action());
		model.addAttribute("partnerNames",
				detail.open()
					.project()
					.partners()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Partner::organisationId, Partner::organisationName)));
		model.addAttribute("descriptionHtml", Markdown.toSafeHtml(detail.action().description()));
		model.addAttribute("statuses", ActionStatus.values());
		if (!model.containsAttribute("progressForm")) {
			model.addAttribute("progressForm", ProgressForm.of(detail.action()));
		}
		model.addAttribute("today", ActionPlanService.today());
		return "project/action";
	}

	@PostMapping("/projets/{id}/actions/{actionId}/avancement")
	String progress(@PathVariable long id, @PathVariable long actionId,
			@Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		permissions.requireLogin();
		Long version = FormInput.id(form.version(), "version", errors);
		Integer percent = FormInput.percent(form.progress(), "progress", errors);
		ActionStatus status = FormInput.choice(ActionStatus.class, form.status(), "status", errors);
		if (errors.hasErrors()) {
			return show(id, actionId, model);
		}
		try {
			plans.progress(id, actionId, version == null ? -1 : version, status, percent, form.note());
			redirect.addFlashAttribute("flash", texts.get("project.action.progressSaved"));
			return "redirect:/projets/" + id + "/actions/" + actionId;
		}
		catch (ConflictException | ObjectOptimisticLockingFailureException e) {
			ActionSnapshot stored = e instanceof ConflictException conflict ? (ActionSnapshot) conflict.current()
					: ActionSnapshot.of(plans.action(id, actionId).action());
			model.addAttribute("conflict", List.of(
					ConflictRow.of("project.field.status", texts.get("project.action.status." + stored.status()),
							status == null ? "" : texts.get("project.action.status." + status)),
					ConflictRow.of("project.field.progress", stored.progress() + " %", form.progress() + " %")));
			model.addAttribute("progressForm", form.withVersion(stored.version()));
			return show(id, actionId, model);
		}
		catch (InvalidProjectField e) {
			FormInput.reject(errors, e.field(), null, e.messageKey(), e.arguments());
			return show(id, actionId, model);
		}
	}

	@GetMapping("/projets/{id}/actions/nouvelle")
	String createForm(@PathVariable long id, @RequestParam(required = false) String axe, Model model) {
		permissions.requireLogin();
		ActionPlan plan = plans.plan(id);
		ProjectPermissions.require(plan.open().can().work());
		return render(model, ActionForm.empty(ProjectPageController.parseLong(axe)), plan, null);
	}

	@PostMapping("/projets/{id}/actions/nouvelle")
	String create(@PathVariable long id, @Valid @ModelAttribute("form") ActionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		permissions.requireLogin();
		ActionPlan plan = plans.plan(id);
		ProjectPermissions.require(plan.open().can().work());
		ActionCommand command = form.toCommand(errors);
		if (errors.hasErrors()) {
			return render(model, form, plan, null);
		}
		try {
			Action created = plans.createAction(id, command);
			redirect.addFlashAttribute("flash", texts.get("project.action.created"));
			return "redirect:/projets/" + id + "/actions/" + created.id();
		}
		catch (InvalidProjectField e) {
			FormInput.reject(errors, field(e), null, e.messageKey(), e.arguments());
			return render(model, form, plan, null);
		}
	}

	@GetMapping("/projets/{id}/actions/{actionId}/modifier")
	String editForm(@PathVariable long id, @PathVariable long actionId, Model model) {
		permissions.requireLogin();
		ActionDetail detail = plans.action(id, actionId);
		ProjectPermissions.require(detail.open().can().work());
		return render(model, ActionForm.of(detail.action()), plans.plan(id), actionId);
	}

	@PostMapping("/projets/{id}/actions/{actionId}/modifier")
	String edit(@PathVariable long id, @PathVariable long actionId, @Valid @ModelAttribute("form") ActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		permissions.requireLogin();
		ActionPlan plan = plans.plan(id);
		ProjectPermissions.require(plan.open().can().work());
		Long version = FormInput.id(form.version(), "version", errors);
		ActionCommand command = form.toCommand(errors);
		if (errors.hasErrors()) {
			return render(model, form, plan, actionId);
		}
		try {
			plans.updateAction(id, actionId, version == null ? -1 : version, command);
			redirect.addFlashAttribute("flash", texts.get("project.action.saved"));
			return "redirect:/projets/" + id + "/actions/" + actionId;
		}
		catch (ConflictException e) {
			return conflict(model, form, (ActionSnapshot) e.current(), plan, actionId);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			return conflict(model, form, ActionSnapshot.of(plans.action(id, actionId).action()), plan, actionId);
		}
		catch (InvalidProjectField e) {
			FormInput.reject(errors, field(e), null, e.messageKey(), e.arguments());
			return render(model, form, plan, actionId);
		}
	}

	@PostMapping("/projets/{id}/actions/{actionId}/supprimer")
	String delete(@PathVariable long id, @PathVariable long actionId, RedirectAttributes redirect) {
		permissions.requireLogin();
		plans.deleteAction(id, actionId);
		redirect.addFlashAttribute("flash", texts.get("project.action.deleted"));
		return "redirect:/projets/" + id + "/plan";
	}

	private String conflict(Model model, ActionForm submitted, ActionSnapshot stored, ActionPlan plan, long actionId) {
		var names = plan.partnerNames();
		String storedResponsible = (stored.responsibleOrganisationId() == null ? ""
				: names.getOrDefault(stored.responsibleOrganisationId(), ""))
				+ (stored.responsibleName() == null ? "" : " — " + stored.responsibleName());
		model.addAttribute("conflict", List.of(ConflictRow.of("project.field.title", stored.title(), submitted.title()),
				ConflictRow.of("project.field.description", stored.description(), submitted.description()),
				ConflictRow.of("project.field.responsible", storedResponsible,
						responsibleLabel(submitted.responsible(), plan)),
				ConflictRow.of("project.field.startDate", ProjectForm.text(stored.startDate()), submitted.startDate()),
				ConflictRow.of("project.field.dueDate", ProjectForm.text(stored.dueDate()), submitted.dueDate()),
				ConflictRow.of("project.field.status", texts.get("project.action.status." + stored.status()),
						submitted.status() == null ? "" : texts.get("project.action.status." + submitted.status())),
				ConflictRow.of("project.field.progress", String.valueOf(stored.progress()), submitted.progress())));
		return render(model, submitted.withVersion(stored.version()), plan, actionId);
	}

	private String responsibleLabel(String responsible, ActionPlan plan) {
		if (responsible == null || responsible.isBlank()) {
			return "";
		}
		Long org = ProjectPageController.parseLong(responsible.split(":")[0]);
		String name = org == null ? "" : plan.partnerNames().getOrDefault(org, "");
		if (responsible.contains(":")) {
			Long user = ProjectPageController.parseLong(responsible.split(":")[1]);
			name += plans.people(plan.project().id())
				.stream()
				.filter(p -> user != null && p.userId() == user)
				.findFirst()
				.map(p -> " — " + p.name())
				.orElse("");
		}
		return name;
	}

	private String render(Model model, ActionForm form, ActionPlan plan, Long actionId) {
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("project", plan.project());
		model.addAttribute("open", plan.open());
		model.addAttribute("actionId", actionId);
		model.addAttribute("people", plans.people(plan.project().id()));
		model.addAttribute("statuses", ActionStatus.values());
		return "project/action-form";
	}

	private static String field(InvalidProjectField e) {
		return switch (e.field()) {
			case "responsibleOrganisationId", "responsibleUserId" -> "responsible";
			default -> e.field();
		};
	}

}
