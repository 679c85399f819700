package org.maillage.resource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.maillage.common.ConflictException;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationSearch;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Vocabulary;
import org.maillage.resource.internal.AttachmentStorage;
import org.maillage.resource.internal.InvalidFieldException;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryResolution;
import org.maillage.territory.TerritoryService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing a resource: choose its kind, fill in the form of that kind, attach files,
 * submit for review. A save from an outdated version shows both versions side by side.
 */
@Controller
class ResourceFormController {

	private static final String VIEW = "resource/resource-form";

	private final ResourceService resources;

	private final ResourceUsageService usage;

	private final TaxonomyService taxonomy;

	private final TerritoryService territories;

	private final OrganisationService organisations;

	private final OrganisationSearch organisationSearch;

	private final ResourcePages pages;

	ResourceFormController(ResourceService resources, ResourceUsageService usage, TaxonomyService taxonomy,
			TerritoryService territories, OrganisationService organisations, OrganisationSearch organisationSearch,
			ResourcePages pages) {
		this.resources = resources;
		this.usage = usage;
		this.taxonomy = taxonomy;
		this.territories = territories;
		this.organisations = organisations;
		this.organisationSearch = organisationSearch;
		this.pages = pages;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "kind", "status", "authorId");
	}

	@GetMapping("/ressources/nouvelle")
	String chooseOrCreate(@RequestParam(name = "type", required = false) ResourceKind kind, Model model) {
		pages.requireLogin();
		if (kind == null) {
			model.addAttribute("kinds", ResourceKind.values());
			return "resource/choose-kind";
		}
		return render(model, new ResourceForm(), kind, null);
	}

	@PostMapping("/ressources/nouvelle")
	String create(@RequestParam("type") ResourceKind kind, @Valid @ModelAttribute("form") ResourceForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		pages.requireLogin();
		resolve(form, errors);
		if (errors.hasErrors()) {
			return render(model, form, kind, null);
		}
		try {
			Resource created = resources.create(kind, form.toCommand());
			redirect.addFlashAttribute("flash", pages.text("resource.created"));
			return "redirect:/ressources/" + created.id() + "/modifier";
		}
		catch (InvalidFieldException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
			return render(model, form, kind, null);
		}
	}

	@GetMapping("/ressources/{id}/modifier")
	String editForm(@PathVariable long id, Model model) {
		pages.requireLogin();
		Resource resource = editable(id);
		return render(model, ResourceForm.of(resource), resource.kind(), resource);
	}

	@PostMapping("/ressources/{id}/modifier")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") ResourceForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		pages.requireLogin();
		Resource resource = editable(id);
		resolve(form, errors);
		if (errors.hasErrors()) {
			return render(model, form, resource.kind(), resource);
		}
		try {
			resources.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.toCommand());
			redirect.addFlashAttribute("flash", pages.text("resource.saved"));
			return "redirect:/ressources/" + id;
		}
		catch (ConflictException e) {
			return conflict(model, form, (ResourceCommand) e.current(), resource);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			return conflict(model, form, ResourceCommand.of(resources.get(id)), resources.get(id));
		}
		catch (InvalidFieldException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
			return render(model, form, resource.kind(), resource);
		}
	}

	@PostMapping("/ressources/{id}/fichiers")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		pages.requireLogin();
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidFieldException("file", "resource.file.empty");
			}
			if (file.getSize() > AttachmentStorage.MAX_BYTES) {
				throw new InvalidFieldException("file", "resource.file.tooLarge");
			}
			resources.attach(id, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("flash", pages.text("resource.file.saved"));
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("fileError", pages.text(e.messageKey()));
		}
		return "redirect:/ressources/" + id + "/modifier#fichiers";
	}

	@PostMapping("/ressources/{id}/fichiers/{fileId}/supprimer")
	String removeFile(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
		pages.requireLogin();
		resources.removeAttachment(id, fileId);
		redirect.addFlashAttribute("flash", pages.text("resource.file.removed"));
		return "redirect:/ressources/" + id + "/modifier#fichiers";
	}

	@PostMapping("/ressources/{id}/soumettre")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		pages.requireLogin();
		try {
			resources.submit(id);
			redirect.addFlashAttribute("flash", pages.text("resource.submitted"));
		}
		catch (SubmissionRefusedException e) {
			redirect.addFlashAttribute("flash", pages.text(e.messageKey()));
		}
		return "redirect:/ressources/" + id;
	}

	@PostMapping("/ressources/{id}/supprimer")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		pages.requireLogin();
		resources.delete(id);
		redirect.addFlashAttribute("flash", pages.text("resource.deleted"));
		return "redirect:/ressources";
	}

	private Resource editable(long id) {
		Resource resource = resources.get(id);
		if (!resources.canEdit(resource)) {
			throw new org.maillage.common.ForbiddenException("resource.forbidden");
		}
		return resource;
	}

	/**
	 * Nothing was saved: both versions are shown; saving again is a deliberate choice.
	 */
	private String conflict(Model model, ResourceForm submitted, ResourceCommand stored, Resource resource) {
		List<ConflictRow> rows = new ArrayList<>();
		ResourceCommand mine = submitted.toCommand();
		row(rows, pages.text("resource.field.title"), stored.title(), mine.title());
		row(rows, pages.text("resource.field.summary"), stored.summary(), mine.summary());
		row(rows, pages.text("resource.field.body"), stored.body(), mine.body());
		for (String field : resource.kind().fields()) {
			row(rows, pages.text("resource.field." + field), stored.fields().get(field), mine.fields().get(field));
		}
		row(rows, pages.text("resource.field.link"), stored.link(), mine.link());
		row(rows, pages.text("resource.field.audience"), stored.audience(), mine.audience());
		row(rows, pages.text("resource.field.licence"), pages.text("resource.licence." + stored.licence()),
				pages.text("resource.licence." + mine.licence()));
		row(rows, pages.text("resource.field.maturity"), pages.text("resource.maturity." + stored.maturity()),
				pages.text("resource.maturity." + mine.maturity()));
		row(rows, pages.text("resource.field.themes"), join(stored.themes()), join(mine.themes()));
		row(rows, pages.text("resource.field.territories"), labels(stored.territories()), labels(mine.territories()));
		row(rows, pages.text("resource.field.visibility"), pages.text("directory.visibility." + stored.visibility()),
				pages.text("directory.visibility." + mine.visibility()));
		model.addAttribute("conflict", rows);
		submitted.setVersion(resources.get(resource.id()).version());
		return render(model, submitted, resource.kind(), resource);
	}

	private static void row(List<ConflictRow> rows, String label, String stored, String submitted) {
		String a = stored == null ? "" : stored.strip();
		String b = submitted == null ? "" : submitted.strip();
		rows.add(new ConflictRow(label, a, b, !a.equals(b)));
	}

	record ConflictRow(String label, String stored, String submitted, boolean differs) {
	}

	private static String join(Collection<String> values) {
		return values.stream().sorted().collect(Collectors.joining(", "));
	}

	private String labels(Collection<String> ids) {
		var found = territories.findAll(ids);
		return ids.stream()
			.map(id -> found.containsKey(id) ? found.get(id).label() : id)
			.sorted()
			.collect(Collectors.joining(", "));
	}

	/** Resolves the territory and the case-study actor typed as text. */
	private void resolve(ResourceForm form, BindingResult errors) {
		String typed = form.getAddTerritory();
		if (typed != null && !typed.isBlank()) {
			TerritoryResolution added = territories.resolve(typed, null);
			if (added.resolved()) {
				form.getTerritories().add(added.territory().orElseThrow().id());
				form.setAddTerritory(null);
			}
			else if (added.isAmbiguous()) {
				reject(errors, "addTerritory", typed, "resource.territory.ambiguous",
						added.candidates().stream().limit(8).map(Territory::label).collect(Collectors.joining(", ")));
			}
			else {
				reject(errors, "addTerritory", typed, "resource.territory.unknown");
			}
		}
		String actor = form.getAddActor();
		if (actor != null && !actor.isBlank()) {
			var found = organisationSearch.find(new OrganisationCriteria(actor, null, null, null, null, null), 0, 20)
				.hits()
				.stream()
				.filter(o -> o.name().equalsIgnoreCase(actor.strip()))
				.findFirst();
			if (found.isPresent()) {
				form.getActors().add(found.get().id());
				form.setAddActor(null);
			}
			else {
				reject(errors, "addActor", actor, "resource.actor.unknown");
			}
		}
	}

	private static void reject(BindingResult errors, String field, String value, String code, Object... arguments) {
		errors.addError(
				new FieldError(errors.getObjectName(), field, value, false, new String[] { code }, arguments, null));
	}

	private String render(Model model, ResourceForm form, ResourceKind kind, Resource resource) {
		model.addAttribute("form", form);
		model.addAttribute("kind", kind);
		model.addAttribute("resource", resource);
		model.addAttribute("licences", Licence.values());
		model.addAttribute("maturities",
				Arrays.stream(Maturity.values())
					.filter(m -> m != Maturity.VALIDATED || Objects.equals(form.getMaturity(), Maturity.VALIDATED))
					.toList());
		model.addAttribute("allThemes", taxonomy.list(Vocabulary.THEME));
		model.addAttribute("myOrganisations", usage.memberOrganisations());
		Map<String, String> territoryLabels = new LinkedHashMap<>();
		var found = territories.findAll(form.getTerritories());
		form.getTerritories().forEach(t -> territoryLabels.put(t, found.containsKey(t) ? found.get(t).label() : t));
		model.addAttribute("territoryLabels", territoryLabels);
		Map<Long, String> actorLabels = new LinkedHashMap<>();
		form.getActors()
			.forEach(a -> actorLabels.put(a, organisations.find(a).map(Organisation::name).orElse("#" + a)));
		model.addAttribute("actorLabels", actorLabels);
		if (resource != null) {
			model.addAttribute("attachments", resources.attachments(resource.id()));
		}
		return VIEW;
	}

}
