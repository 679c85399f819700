package org.maillage.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
 * The action plan page (axes, actions, milestones), the who-does-what matrix and the
 * timeline.
 */
@Controller
class PlanController {

	record WorkPackageForm(@NotBlank(message = "{project.workPackage.title.required}") @Size(max = 200,
			message = "{project.title.size}") String title) {
	}

	record MilestoneForm(@NotBlank(message = "{project.milestone.title.required}") @Size(max = 200,
			message = "{project.title.size}") String milestone, String dueDate) {
	}

	private final ActionPlanService plans;

	private final ProjectPermissions permissions;

	private final ProjectTexts texts;

	PlanController(ActionPlanService plans, ProjectPermissions permissions, ProjectTexts texts) {
		this.plans = plans;
		this.permissions = permissions;
		this.texts = texts;
	}

	@GetMapping("/projets/{id}/plan")
	String plan(@PathVariable long id, Model model) {
		ActionPlan plan = plans.plan(id);
		model.addAttribute("plan", plan);
		model.addAttribute("open", plan.open());
		model.addAttribute("project", plan.project());
		model.addAttribute("today", ActionPlanService.today());
		if (!model.containsAttribute("workPackageForm")) {
			model.addAttribute("workPackageForm", new WorkPackageForm(null));
		}
		if (!model.containsAttribute("milestoneForm")) {
			model.addAttribute("milestoneForm", new MilestoneForm(null, null));
		}
		return "project/plan";
	}

	@PostMapping("/projets/{id}/axes")
	String addWorkPackage(@PathVariable long id, @Valid @ModelAttribute("workPackageForm") WorkPackageForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		permissions.requireLogin();
		if (errors.hasErrors()) {
			return plan(id, model);
		}
		plans.addWorkPackage(id, form.title());
		redirect.addFlashAttribute("flash", texts.get("project.workPackage.added"));
		return "redirect:/projets/" + id + "/plan";
	}

	@PostMapping("/projets/{id}/axes/{workPackageId}/supprimer")
	String deleteWorkPackage(@PathVariable long id, @PathVariable long workPackageId, RedirectAttributes redirect) {
		permissions.requireLogin();
		plans.deleteWorkPackage(id, workPackageId);
		redirect.addFlashAttribute("flash", texts.get("project.workPackage.deleted"));
		return "redirect:/projets/" + id + "/plan";
	}

	@PostMapping("/projets/{id}/jalons")
	String addMilestone(@PathVariable long id, @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		permissions.requireLogin();
		var due = FormInput.date(form.dueDate(), "dueDate", errors);
		if (due == null && !errors.hasFieldErrors("dueDate")) {
			FormInput.reject(errors, "dueDate", form.dueDate(), "project.date.required");
		}
		if (errors.hasErrors()) {
			return plan(id, model);
		}
		plans.addMilestone(id, form.milestone(), due);
		redirect.addFlashAttribute("flash", texts.get("project.milestone.added"));
		return "redirect:/projets/" + id + "/plan";
	}

	@PostMapping("/projets/{id}/jalons/{milestoneId}")
	String markMilestone(@PathVariable long id, @PathVariable long milestoneId, @RequestParam boolean reached,
			RedirectAttributes redirect) {
		permissions.requireLogin();
		plans.markMilestone(id, milestoneId, reached);
		redirect.addFlashAttribute("flash", texts.get("project.milestone.saved"));
		return "redirect:/projets/" + id + "/plan";
	}

	@PostMapping("/projets/{id}/jalons/{milestoneId}/supprimer")
	String deleteMilestone(@PathVariable long id, @PathVariable long milestoneId, RedirectAttributes redirect) {
		permissions.requireLogin();
		plans.deleteMilestone(id, milestoneId);
		redirect.addFlashAttribute("flash", texts.get("project.milestone.deleted"));
		return "redirect:/projets/" + id + "/plan";
	}

	@GetMapping("/projets/{id}/matrice")
	String matrix(@PathVariable long id, Model model) {
		ActionPlan plan = plans.plan(id);
		model.addAttribute("plan", plan);
		model.addAttribute("open", plan.open());
		model.addAttribute("project", plan.project());
		model.addAttribute("roles", Raci.values());
		return "project/matrix";
	}

	/** One cell of the matrix; htmx swaps the cell, a plain form reloads the page. */
	@PostMapping("/projets/{id}/matrice")
	String assign(@PathVariable long id, @RequestParam long actionId, @RequestParam long organisationId,
			@RequestParam(required = false) String role, RedirectAttributes redirect,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		permissions.requireLogin();
		Raci chosen = ProjectPageController.parse(role, Raci.class);
		try {
			plans.assign(id, actionId, organisationId, chosen);
		}
		catch (InvalidProjectField e) {
			redirect.addFlashAttribute("flash", texts.get(e.messageKey()));
			return "redirect:/projets/" + id + "/matrice#action-" + actionId;
		}
		if (htmx != null) {
			model.addAttribute("saved", texts.get("project.matrix.saved"));
			matrix(id, model);
			return "project/matrix :: matrix";
		}
		redirect.addFlashAttribute("flash", texts.get("project.matrix.saved"));
		return "redirect:/projets/" + id + "/matrice#action-" + actionId;
	}

	@GetMapping("/projets/{id}/calendrier")
	String timeline(@PathVariable long id, Model model) {
		ActionPlan plan = plans.plan(id);
		model.addAttribute("plan", plan);
		model.addAttribute("open", plan.open());
		model.addAttribute("project", plan.project());
		model.addAttribute("timeline", Timeline.of(plan, ActionPlanService.today()));
		return "project/timeline";
	}

}
