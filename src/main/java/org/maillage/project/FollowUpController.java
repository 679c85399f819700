package org.maillage.project;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Indicators and measurements, budget and funding, steering committee and decisions. */
@Controller
class FollowUpController {

	record IndicatorForm(
			@NotBlank(message = "{project.indicator.name.required}") @Size(max = 200,
					message = "{project.title.size}") String name,
			@Size(max = 50, message = "{project.unit.size}") String unit, String baseline, String target) {
	}

	record MeasurementForm(String indicatorId, String measuredOn, String value,
			@Size(max = 500, message = "{project.comment.size}") String comment) {
	}

	record BudgetForm(String kind,
			@NotBlank(message = "{project.budget.label.required}") @Size(max = 200,
					message = "{project.title.size}") String label,
			String funder, String programme, String status, String amount) {
	}

	/**
	 * {@code person} is "organisationId:userId" for a member of a partner organisation,
	 * or "organisationId" for someone without an account, whose {@code name} is then
	 * typed.
	 */
	record CommitteeForm(String person, @Size(max = 200, message = "{project.title.size}") String name,
			@Size(max = 200, message = "{project.title.size}") String function) {
	}

	record DecisionForm(String decidedOn,
			@NotBlank(message = "{project.decision.text.required}") @Size(max = 2000,
					message = "{project.note.size}") String decision,
			@NotBlank(message = "{project.decision.by.required}") @Size(max = 200,
					message = "{project.title.size}") String decidedBy,
			List<String> actionIds) {
	}

	private final FollowUpService followUp;

	private final ActionPlanService plans;

	private final ProjectPermissions permissions;

	private final ProjectTexts texts;

	FollowUpController(FollowUpService followUp, ActionPlanService plans, ProjectPermissions permissions,
			ProjectTexts texts) {
		this.followUp = followUp;
		this.plans = plans;
		this.permissions = permissions;
		this.texts = texts;
	}

	@GetMapping("/projets/{id}/indicateurs")
	String indicators(@PathVariable long id, Model model) {
		ActionPlan plan = plans.plan(id);
		model.addAttribute("open", plan.open());
		model.addAttribute("project", plan.project());
		model.addAttribute("tracks", followUp.indicators(id));
		model.addAttribute("charts", followUp.indicators(id).stream().map(IndicatorChart::of).toList());
		if (!model.containsAttribute("indicatorForm")) {
			model.addAttribute("indicatorForm", new IndicatorForm(null, null, "0", null));
		}
		if (!model.containsAttribute("measurementForm")) {
			model.addAttribute("measurementForm",
					new MeasurementForm(null, ActionPlanService.today().toString(), null, null));
		}
		return "project/indicators";
	}

	@PostMapping("/projets/{id}/indicateurs")
	String addIndicator(@PathVariable long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		permissions.requireLogin();
		Double baseline = FormInput.number(form.baseline(), "baseline", errors);
		Double target = FormInput.number(form.target(), "target", errors);
		if (target == null && !errors.hasFieldErrors("target")) {
			FormInput.reject(errors, "target", form.target(), "project.number.required");
		}
		if (errors.hasErrors()) {
			return indicators(id, model);
		}
		followUp.addIndicator(id, form.name(), form.unit(), baseline == null ? 0 : baseline, target);
		redirect.addFlashAttribute("flash", texts.get("project.indicator.added"));
		return "redirect:/projets/" + id + "/indicateurs";
	}

	@PostMapping("/projets/{id}/mesures")
	String measure(@PathVariable long id, @Valid @ModelAttribute("measurementForm") MeasurementForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		permissions.requireLogin();
		Long indicator = FormInput.id(form.indicatorId(), "indicatorId", errors);
		var on = FormInput.date(form.measuredOn(), "measuredOn", errors);
		Double value = FormInput.number(form.value(), "value", errors);
		if (indicator == null && !errors.hasFieldErrors("indicatorId")) {
			FormInput.reject(errors, "indicatorId", null, "project.indicator.required");
		}
		if (on == null && !errors.hasFieldErrors("measuredOn")) {
			FormInput.reject(errors, "measuredOn", form.measuredOn(), "project.date.required");
		}
		if (value == null && !errors.hasFieldErrors("value")) {
			FormInput.reject(errors, "value", form.value(), "project.number.required");
		}
		if (errors.hasErrors()) {
			return indicators(id, model);
		}
		followUp.measure(id, indicator, on, value, form.comment());
		redirect.addFlashAttribute("flash", texts.get("project.measurement.added"));
		return "redirect:/projets/" + id + "/indicateurs";
	}

	@GetMapping("/projets/{id}/budget")
	String budget(@PathVariable long id, Model model) {
		ActionPlan plan = plans.plan(id);
		model.addAttribute("open", plan.open());
		model.addAttribute("project", plan.project());
		model.addAttribute("budget", followUp.budget(id));
		model.addAttribute("programmes", FundingProgramme.values());
		model.addAttribute("fundingStatuses", FundingStatus.values());
		if (!model.containsAttribute("budgetForm")) {
			model.addAttribute("budgetForm", new BudgetForm("EXPENSE", null, null, null, null, null));
		}
		return "project/budget";
	}

	@PostMapping("/projets/{id}/budget")
	String addBudgetLine(@PathVariable long id, @Valid @ModelAttribute("budgetForm") BudgetForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		permissions.requireLogin();
		BudgetKind kind = FormInput.choice(BudgetKind.class, form.kind(), "kind", errors);
		Long cents = FormInput.cents(form.amount(), "amount", errors);
		FundingProgramme programme = FormInput.choice(FundingProgramme.class, form.programme(), "programme", errors);
		FundingStatus status = FormInput.choice(FundingStatus.class, form.status(), "status", errors);
		if (kind == BudgetKind.FUNDING) {
			if (programme == null && !errors.hasFieldErrors("programme")) {
				FormInput.reject(errors, "programme", null, "project.funding.programme.required");
			}
			if (status == null && !errors.hasFieldErrors("status")) {
				FormInput.reject(errors, "status", null, "project.funding.status.required");
			}
		}
		if (kind == null && !errors.hasFieldErrors("kind")) {
			FormInput.reject(errors, "kind", null, "project.choice.invalid");
		}
		if (errors.hasErrors()) {
			return budget(id, model);
		}
		if (kind == BudgetKind.EXPENSE) {
			followUp.addExpense(id, form.label(), cents);
		}
		else {
			followUp.addFunding(id, form.label(), form.funder(), programme, status, cents);
		}
		redirect.addFlashAttribute("flash", texts.get("project.budget.added"));
		return "redirect:/projets/" + id + "/budget";
	}

	@PostMapping("/projets/{id}/budget/{lineId}/supprimer")
	String deleteBudgetLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes redirect) {
		permissions.requireLogin();
		followUp.deleteBudgetLine(id, lineId);
		redirect.addFlashAttribute("flash", texts.get("project.budget.deleted"));
		return "redirect:/projets/" + id + "/budget";
	}

	@GetMapping("/projets/{id}/gouvernance")
	String governance(@PathVariable long id, Model model) {
		ActionPlan plan = plans.plan(id);
		model.addAttribute("open", plan.open());
		model.addAttribute("project", plan.project());
		model.addAttribute("plan", plan);
		model.addAttribute("governance", followUp.governance(id));
		if (plan.open().can().editProject()) {
			model.addAttribute("people", plans.people(id));
		}
		if (!model.containsAttribute("committeeForm")) {
			model.addAttribute("committeeForm", new CommitteeForm(null, null, null));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm",
					new DecisionForm(ActionPlanService.today().toString(), null, null, List.of()));
		}
		return "project/governance";
	}

	@PostMapping("/projets/{id}/comite")
	String addCommitteeMember(@PathVariable long id, @Valid @ModelAttribute("committeeForm") CommitteeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		permissions.requireLogin();
		Long organisation = null;
		Long user = null;
		if (form.person() == null || form.person().isBlank()) {
			FormInput.reject(errors, "person", form.person(), "project.committee.person.required");
		}
		else {
			String[] parts = form.person().split(":", 2);
			organisation = FormInput.id(parts[0], "person", errors);
			user = parts.length == 2 ? FormInput.id(parts[1], "person", errors) : null;
			if ((organisation == null || parts.length == 2 && user == null) && !errors.hasFieldErrors("person")) {
				FormInput.reject(errors, "person", form.person(), "project.choice.invalid");
			}
			if (parts.length == 1 && organisation != null && (form.name() == null || form.name().isBlank())) {
				FormInput.reject(errors, "name", form.name(), "project.committee.name.required");
			}
		}
		if (errors.hasErrors()) {
			return governance(id, model);
		}
		try {
			if (user != null) {
				followUp.addCommitteeMember(id, organisation, user, form.function());
			}
			else {
				followUp.addCommitteeMemberWithoutAccount(id, form.name(), organisation, form.function());
			}
		}
		catch (InvalidProjectField e) {
			FormInput.reject(errors, e.field(), form.person(), e.messageKey(), e.arguments());
			return governance(id, model);
		}
		redirect.addFlashAttribute("flash", texts.get("project.committee.added"));
		return "redirect:/projets/" + id + "/gouvernance";
	}

	@PostMapping("/projets/{id}/comite/{memberId}/retirer")
	String removeCommitteeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
		permissions.requireLogin();
		followUp.removeCommitteeMember(id, memberId);
		redirect.addFlashAttribute("flash", texts.get("project.committee.removed"));
		return "redirect:/projets/" + id + "/gouvernance";
	}

	@PostMapping("/projets/{id}/decisions")
	String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		permissions.requireLogin();
		var on = FormInput.date(form.decidedOn(), "decidedOn", errors);
		if (on == null && !errors.hasFieldErrors("decidedOn")) {
			FormInput.reject(errors, "decidedOn", form.decidedOn(), "project.date.required");
		}
		List<Long> actionIds = new ArrayList<>();
		if (form.actionIds() != null) {
			for (String raw : form.actionIds()) {
				Long actionId = FormInput.id(raw, "actionIds", errors);
				if (actionId != null) {
					actionIds.add(actionId);
				}
			}
		}
		if (errors.hasErrors()) {
			return governance(id, model);
		}
		followUp.decide(id, on, form.decision(), form.decidedBy(), actionIds);
		redirect.addFlashAttribute("flash", texts.get("project.decision.added"));
		return "redirect:/projets/" + id + "/gouvernance";
	}

}
