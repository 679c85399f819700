package org.maillage.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.maillage.account.CurrentUser;
import org.maillage.common.ConflictException;
import org.maillage.directory.internal.InvalidFieldException;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryResolution;
import org.maillage.territory.TerritoryService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation forms: create (with a duplicate warning and a "create anyway" step)
 * and edit (with a side-by-side conflict notice when someone saved in between).
 */
@Controller
class OrganisationFormController {

	private static final String VIEW = "directory/organisation-form";

	private final OrganisationService organisations;

	private final TaxonomyService taxonomy;

	private final TerritoryService territories;

	private final CurrentUser currentUser;

	private final org.springframework.context.MessageSource messages;

	OrganisationFormController(OrganisationService organisations, TaxonomyService taxonomy,
			TerritoryService territories, CurrentUser currentUser, org.springframework.context.MessageSource messages) {
		this.organisations = organisations;
		this.taxonomy = taxonomy;
		this.territories = territories;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping("/annuaire/organisations/nouvelle")
	String createForm(Model model) {
		requireLogin();
		return render(model, OrganisationForm.empty(), null);
	}

	@PostMapping("/annuaire/organisations/nouvelle")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		requireLogin();
		var resolved = resolve(form, errors);
		if (errors.hasErrors()) {
			return render(model, resolved.form(), null);
		}
		var command = form.toCommand(resolved.communeId(), resolved.form().territories());
		if (!Boolean.TRUE.equals(form.confirmDuplicates())) {
			var duplicates = organisations.possibleDuplicates(command, null);
			if (!duplicates.isEmpty()) {
				model.addAttribute("duplicates", duplicates);
				return render(model, resolved.form(), null);
			}
		}
		try {
			Organisation created = organisations.create(command);
			redirect.addFlashAttribute("flash", text("directory.organisation.created"));
			return "redirect:/annuaire/organisations/" + created.id();
		}
		catch (InvalidFieldException e) {
			errors.rejectValue(field(e), e.messageKey(), e.arguments(), null);
			return render(model, resolved.form(), null);
		}
	}

	@GetMapping("/annuaire/organisations/{id}/modifier")
	String editForm(@PathVariable long id, Model model) {
		requireLogin();
		Organisation organisation = organisations.get(id);
		if (!organisations.canEdit(id)) {
			throw new org.maillage.common.ForbiddenException("directory.organisation.forbidden");
		}
		return render(model, OrganisationForm.of(organisation,
				territories.find(organisation.communeId()).map(Territory::choice).orElse(null)), id);
	}

	@PostMapping("/annuaire/organisations/{id}/modifier")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		requireLogin();
		var resolved = resolve(form, errors);
		if (!organisations.canEdit(id)) {
			organisations.get(id); // 404 before 403 for what a visitor cannot see
			throw new org.maillage.common.ForbiddenException("directory.organisation.forbidden");
		}
		if (errors.hasErrors()) {
			return render(model, resolved.form(), id);
		}
		long version = form.version() == null ? -1 : form.version();
		try {
			organisations.update(id, version, form.toCommand(resolved.communeId(), resolved.form().territories()));
			redirect.addFlashAttribute("flash", text("directory.organisation.saved"));
			return "redirect:/annuaire/organisations/" + id;
		}
		catch (ConflictException e) {
			return conflict(model, resolved.form(), (OrganisationView) e.current(), id);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			return conflict(model, resolved.form(), OrganisationView.of(organisations.get(id)), id);
		}
		catch (InvalidFieldException e) {
			errors.rejectValue(field(e), e.messageKey(), e.arguments(), null);
			return render(model, resolved.form(), id);
		}
	}

	@PostMapping("/annuaire/organisations/{id}/supprimer")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		requireLogin();
		organisations.delete(id);
		redirect.addFlashAttribute("flash", text("directory.organisation.deleted"));
		return "redirect:/annuaire";
	}

	/**
	 * Nothing was saved: show both versions; saving again (from the stored version) is a
	 * deliberate choice.
	 */
	private String conflict(Model model, OrganisationForm submitted, OrganisationView stored, long id) {
		List<ConflictRow> rows = new ArrayList<>();
		row(rows, "directory.field.name", stored.name(), submitted.name());
		row(rows, "directory.field.kind", label(stored.kind()), label(submitted.kind()));
		row(rows, "directory.field.siren", stored.siren(), submitted.siren());
		row(rows, "directory.field.rna", stored.rna(), submitted.rna());
		row(rows, "directory.field.shortDescription", stored.shortDescription(), submitted.shortDescription());
		row(rows, "directory.field.longDescription", stored.longDescription(), submitted.longDescription());
		row(rows, "directory.field.address", stored.address(), submitted.address());
		row(rows, "directory.field.commune", territories.find(stored.communeId()).map(Territory::label).orElse(null),
				submitted.commune());
		row(rows, "directory.field.territories", labels(stored.territoryIds()), labels(submitted.territories()));
		row(rows, "directory.field.themes", String.join(", ", stored.themes()), String.join(", ", submitted.themes()));
		row(rows, "directory.field.competencies", String.join(", ", stored.competencies()),
				String.join(", ", submitted.competencies()));
		row(rows, "directory.field.website", stored.website(), submitted.website());
		row(rows, "directory.field.email", stored.email(), submitted.email());
		row(rows, "directory.field.phone", stored.phone(), submitted.phone());
		row(rows, "directory.field.visibility", String.valueOf(stored.visibility()),
				String.valueOf(submitted.visibility()));
		model.addAttribute("conflict", rows);
		return render(model, submitted.withResolved(submitted.commune(), submitted.territories(), stored.version()),
				id);
	}

	private void row(List<ConflictRow> rows, String key, String stored, String submitted) {
		String a = stored == null ? "" : stored.strip();
		String b = submitted == null ? "" : submitted.strip();
		rows.add(new ConflictRow(key, a, b, !a.equals(b)));
	}

	record ConflictRow(String labelKey, String stored, String submitted, boolean differs) {
	}

	private String label(OrganisationKind kind) {
		return kind == null ? "" : kind.label();
	}

	private String labels(java.util.Collection<String> ids) {
		var found = territories.findAll(ids);
		return ids.stream()
			.map(id -> found.containsKey(id) ? found.get(id).label() : id)
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private record Resolution(OrganisationForm form, String communeId) {
	}

	/**
	 * Resolves the commune and the territory to add from what was typed; errors go next
	 * to the fields.
	 */
	private Resolution resolve(OrganisationForm form, BindingResult errors) {
		String communeId = null;
		String communeText = form.commune();
		if (form.commune() != null && !form.commune().isBlank()) {
			TerritoryResolution commune = territories.resolve(form.commune(), TerritoryLevel.COMMUNE);
			if (commune.resolved()) {
				communeId = commune.territory().orElseThrow().id();
				communeText = commune.territory().orElseThrow().choice();
			}
			else if (commune.isAmbiguous()) {
				reject(errors, "commune", form.commune(), "directory.territory.ambiguous",
						choices(commune.candidates()));
			}
			else {
				reject(errors, "commune", form.commune(), "directory.commune.unknown");
			}
		}
		Set<String> ids = new LinkedHashSet<>(form.territories());
		if (form.addTerritory() != null && !form.addTerritory().isBlank()) {
			TerritoryResolution added = territories.resolve(form.addTerritory(), null);
			if (added.resolved()) {
				ids.add(added.territory().orElseThrow().id());
			}
			else if (added.isAmbiguous()) {
				reject(errors, "addTerritory", form.addTerritory(), "directory.territory.ambiguous",
						choices(added.candidates()));
			}
			else {
				reject(errors, "addTerritory", form.addTerritory(), "directory.territory.unknown");
			}
		}
		var resolvedForm = form.withResolved(communeText, ids, form.version());
		return new Resolution(resolvedForm, communeId);
	}

	/**
	 * A field error that does not read the form object: when another field could not be
	 * converted (a forged type or version), Spring binds no object and
	 * {@code rejectValue} would fail.
	 */
	private static void reject(BindingResult errors, String field, String value, String code, Object... arguments) {
		errors.addError(
				new FieldError(errors.getObjectName(), field, value, false, new String[] { code }, arguments, null));
	}

	private String choices(List<Territory> candidates) {
		return candidates.stream().limit(8).map(Territory::label).collect(Collectors.joining(", "));
	}

	private String render(Model model, OrganisationForm form, Long id) {
		var binding = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
		if (binding != null && binding.hasErrors() && binding.getTarget() instanceof OrganisationForm typed) {
			// errors stay bound to what was typed: the input is shown back as is
			form = typed;
		}
		model.addAttribute("form", form);
		model.addAttribute("organisationId", id);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("allThemes", taxonomy.list(Vocabulary.THEME));
		model.addAttribute("allCompetencies", taxonomy.list(Vocabulary.COMPETENCY));
		var labels = territories.findAll(form.territories());
		model.addAttribute("territoryLabels",
				form.territories()
					.stream()
					.collect(Collectors.toMap(t -> t, t -> labels.containsKey(t) ? labels.get(t).label() : t,
							(a, b) -> a, java.util.LinkedHashMap::new)));
		return VIEW;
	}

	private static String field(InvalidFieldException e) {
		return Objects.equals(e.field(), "territoryIds") ? "addTerritory" : e.field();
	}

	private void requireLogin() {
		if (currentUser.get().isEmpty()) {
			throw new AccessDeniedException("login required");
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

}
