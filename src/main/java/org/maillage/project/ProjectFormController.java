package org.maillage.project;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.maillage.common.ConflictException;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Vocabulary;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing a project; on a concurrent edit, both versions side by side and
 * nothing saved.
 */
@Controller
class ProjectFormController {

	private static final String VIEW = "project/form";

	private final ProjectService projects;

	private final TaxonomyService taxonomy;

	private final TerritoryService territories;

	private final ProjectPermissions permissions;

	private final ProjectTexts texts;

	ProjectFormController(ProjectService projects, TaxonomyService taxonomy, TerritoryService territories,
			ProjectPermissions permissions, ProjectTexts texts) {
		this.projects = projects;
		this.taxonomy = taxonomy;
		this.territories = territories;
		this.permissions = permissions;
		this.texts = texts;
	}

	@GetMapping("/projets/nouveau")
	String createForm(Model model) {
		requireLogin();
		return render(model, ProjectForm.empty(), null);
	}

	@PostMapping("/projets/nouveau")
	String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		requireLogin();
		Long lead = FormInput.id(form.leadOrganisationId(), "leadOrganisationId", errors);
		if (lead == null && !errors.hasFieldErrors("leadOrganisationId")) {
			FormInput.reject(errors, "leadOrganisationId", null, "project.lead.required");
		}
		ProjectCommand command = form.toCommand(errors, territories);
		if (errors.hasErrors()) {
			return render(model, form, null);
		}
		try {
			Project created = projects.create(lead, command);
			redirect.addFlashAttribute("flash", texts.get("project.created"));
			return "redirect:/projets/" + created.id();
		}
		catch (InvalidProjectField e) {
			FormInput.reject(errors, e.field(), null, e.messageKey(), e.arguments());
			return render(model, form, null);
		}
	}

	@GetMapping("/projets/{id}/modifier")
	String editForm(@PathVariable long id, Model model) {
		requireLogin();
		OpenProject open = projects.open(id);
		ProjectPermissions.require(open.can().editProject());
		Project p = open.project();
		return render(model, ProjectForm.of(p, territories.find(p.territoryId()).map(Territory::choice).orElse(null)),
				id);
	}

	@PostMapping("/projets/{id}/modifier")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		requireLogin();
		ProjectPermissions.require(projects.open(id).can().editProject());
		Long version = FormInput.id(form.version(), "version", errors);
		ProjectCommand command = form.toCommand(errors, territories);
		if (errors.hasErrors()) {
			return render(model, form, id);
		}
		try {
			projects.update(id, version == null ? -1 : version, command);
			redirect.addFlashAttribute("flash", texts.get("project.saved"));
			return "redirect:/projets/" + id;
		}
		catch (ConflictException e) {
			return conflict(model, form, (ProjectSnapshot) e.current(), id);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			return conflict(model, form, ProjectSnapshot.of(projects.open(id).project()), id);
		}
		catch (InvalidProjectField e) {
			FormInput.reject(errors, e.field(), null, e.messageKey(), e.arguments());
			return render(model, form, id);
		}
	}

	@PostMapping("/projets/{id}/supprimer")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		requireLogin();
		projects.delete(id);
		redirect.addFlashAttribute("flash", texts.get("project.deleted"));
		return "redirect:/projets";
	}

	private String conflict(Model model, ProjectForm submitted, ProjectSnapshot stored, long id) {
		List<ConflictRow> rows = new ArrayList<>();
		rows.add(ConflictRow.of("project.field.title", stored.title(), submitted.title()));
		rows.add(ConflictRow.of("project.field.summary", stored.summary(), submitted.summary()));
		rows.add(ConflictRow.of("project.field.description", stored.description(), submitted.description()));
		rows.add(ConflictRow.of("project.field.territory",
				territories.find(stored.territoryId()).map(Territory::choice).orElse(null), submitted.territory()));
		rows.add(ConflictRow.of("project.field.status", texts.get("project.status." + stored.status()),
				submitted.status() == null ? null : texts.get("project.status." + submitted.status())));
		rows.add(
				ConflictRow.of("project.field.startDate", ProjectForm.text(stored.startDate()), submitted.startDate()));
		rows.add(ConflictRow.of("project.field.endDate", ProjectForm.text(stored.endDate()), submitted.endDate()));
		rows.add(ConflictRow.of("project.field.visibility", texts.get("project.visibility." + stored.visibility()),
				submitted.visibility() == null ? null : texts.get("project.visibility." + submitted.visibility())));
		rows.add(ConflictRow.of("project.field.themes", String.join(", ", new java.util.TreeSet<>(stored.themes())),
				String.join(", ", submitted.themes())));
		model.addAttribute("conflict", rows);
		return render(model, submitted.withVersion(stored.version()), id);
	}

	private String render(Model model, ProjectForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("projectId", id);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("visibilities", ProjectVisibility.values());
		model.addAttribute("allThemes", taxonomy.list(Vocabulary.THEME));
		if (id == null) {
			model.addAttribute("leads", projects.possibleLeads());
		}
		return VIEW;
	}

	private void requireLogin() {
		permissions.requireLogin();
	}

}
