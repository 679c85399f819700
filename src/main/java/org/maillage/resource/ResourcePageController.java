package org.maillage.resource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.maillage.common.Markdown;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Term;
import org.maillage.directory.Vocabulary;
import org.maillage.search.SearchType;
import org.maillage.search.SimilarContent;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryResolution;
import org.maillage.territory.TerritoryService;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reading resources: the filtered list, a resource's page (structured fields, sanitised
 * body, files, licence, maturity, authors, usage), its versions and its files; and what
 * members do there: say it was useful, declare that their organisation uses it.
 */
@Controller
class ResourcePageController {

	static final int PAGE_SIZE = 20;

	private final ResourceService resources;

	private final ResourceUsageService usage;

	private final KitService kits;

	private final TaxonomyService taxonomy;

	private final TerritoryService territories;

	private final OrganisationService organisations;

	private final ResourcePages pages;

	/** Kinds of items offered as "ressources proches". */
	static final Set<SearchType> CLOSE_TYPES = Set.of(SearchType.RESOURCE, SearchType.KIT, SearchType.PATH,
			SearchType.PROJECT);

	private final SimilarContent similar;

	ResourcePageController(ResourceService resources, ResourceUsageService usage, KitService kits,
			TaxonomyService taxonomy, TerritoryService territories, OrganisationService organisations,
			ResourcePages pages, SimilarContent similar) {
		this.similar = similar;
		this.resources = resources;
		this.usage = usage;
		this.kits = kits;
		this.taxonomy = taxonomy;
		this.territories = territories;
		this.organisations = organisations;
		this.pages = pages;
	}

	@GetMapping("/ressources")
	String list(@RequestParam(required = false) ResourceKind kind, @RequestParam(required = false) String theme,
			@RequestParam(required = false) Licence licence, @RequestParam(required = false) Maturity maturity,
			@RequestParam(required = false) String audience, @RequestParam(required = false) String territory,
			@RequestParam(defaultValue = "1") int page, Model model) {
		String territoryId = null;
		if (territory != null && !territory.isBlank()) {
			TerritoryResolution resolution = territories.resolve(territory, null);
			if (resolution.resolved()) {
				territoryId = resolution.territory().orElseThrow().id();
				model.addAttribute("territoryText", resolution.territory().orElseThrow().choice());
			}
			else {
				model.addAttribute("territoryText", territory);
				model.addAttribute("territoryError", pages.text("resource.territory.unknown"));
				territoryId = "?";
			}
		}
		var criteria = new ResourceCriteria(kind, theme, licence, maturity, audience, territoryId);
		var results = resources.list(criteria, Math.max(1, page) - 1, PAGE_SIZE);
		model.addAttribute("criteria", criteria);
		model.addAttribute("results", results);
		model.addAttribute("kinds", ResourceKind.values());
		model.addAttribute("licences", Licence.values());
		model.addAttribute("maturities", Maturity.values());
		model.addAttribute("themeLabels", themeLabels());
		return "resource/resources";
	}

	@GetMapping("/ressources/miennes")
	String mine(Model model) {
		pages.requireLogin();
		model.addAttribute("mine", resources.mine());
		return "resource/mine";
	}

	@GetMapping("/ressources/{id}")
	String page(@PathVariable long id, Model model) {
		Resource resource = resources.get(id);
		if (resource.isPublished()) {
			resources.countView(id);
		}
		boolean canEdit = resources.canEdit(resource);
		model.addAttribute("resource", resource);
		model.addAttribute("bodyHtml", Markdown.toSafeHtml(resource.body()));
		Map<String, String> fieldsHtml = new LinkedHashMap<>();
		for (String field : resource.kind().fields()) {
			String value = resource.field(field);
			if (value != null) {
				fieldsHtml.put(field, Markdown.toSafeHtml(value));
			}
		}
		model.addAttribute("fieldsHtml", fieldsHtml);
		model.addAttribute("attachments", resources.attachments(id));
		Map<String, String> themeLabels = themeLabels();
		model.addAttribute("themes", resource.themes().stream().map(t -> themeLabels.getOrDefault(t, t)).toList());
		model.addAttribute("territoryNames",
				territories.findAll(resource.territories()).values().stream().map(Territory::label).sorted().toList());
		model.addAttribute("authorOrganisations", visibleOrganisations(resource.organisations()));
		model.addAttribute("actors", visibleOrganisations(resource.actors()));
		model.addAttribute("usefulCount", usage.usefulCount(id));
		model.addAttribute("isUseful", usage.isUseful(id));
		model.addAttribute("usedBy", usage.usedBy(id));
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("similar", similar.similarTo(SearchType.RESOURCE, String.valueOf(id), CLOSE_TYPES, 5));
		boolean animator = pages.user().map(u -> u.isAnimator()).orElse(false);
		model.addAttribute("isAnimator", animator);
		if (pages.user().isPresent() && resource.isPublished()) {
			model.addAttribute("myAdminOrganisations", usage.administeredOrganisations());
		}
		if (canEdit) {
			model.addAttribute("notes", resources.reviewNotes(id));
		}
		if (animator && resource.isPublished()) {
			model.addAttribute("allKits", kits.all());
		}
		return "resource/resource";
	}

	@GetMapping("/ressources/{id}/versions")
	String versions(@PathVariable long id, Model model) {
		pages.requireLogin();
		Resource resource = resources.get(id);
		List<ResourceVersion> saved = resources.versions(id);
		List<VersionView> views = new ArrayList<>();
		for (int i = saved.size() - 1; i >= 0; i--) {
			ResourceCommand current = ResourceService.snapshot(saved.get(i));
			ResourceCommand previous = i + 1 < saved.size() ? ResourceService.snapshot(saved.get(i + 1)) : null;
			views.add(0, new VersionView(saved.get(i), changes(resource.kind(), previous, current)));
		}
		model.addAttribute("resource", resource);
		model.addAttribute("versions", views);
		return "resource/versions";
	}

	/** A version with what changed since the one before (all fields for the first). */
	record VersionView(ResourceVersion version, List<Change> changes) {
	}

	record Change(String label, String before, String after) {
	}

	private List<Change> changes(ResourceKind kind, ResourceCommand before, ResourceCommand after) {
		List<Change> changes = new ArrayList<>();
		compare(changes, "resource.field.title", before, after, ResourceCommand::title);
		compare(changes, "resource.field.summary", before, after, ResourceCommand::summary);
		compare(changes, "resource.field.body", before, after, ResourceCommand::body);
		for (String field : kind.fields()) {
			compare(changes, "resource.field." + field, before, after, c -> c.fields().get(field));
		}
		compare(changes, "resource.field.link", before, after, ResourceCommand::link);
		compare(changes, "resource.field.audience", before, after, ResourceCommand::audience);
		compare(changes, "resource.field.licence", before, after, c -> pages.text("resource.licence." + c.licence()));
		compare(changes, "resource.field.maturity", before, after,
				c -> pages.text("resource.maturity." + c.maturity()));
		compare(changes, "resource.field.visibility", before, after,
				c -> pages.text("directory.visibility." + c.visibility()));
		compare(changes, "resource.field.themes", before, after,
				c -> String.join(", ", c.themes().stream().sorted().toList()));
		compare(changes, "resource.field.territories", before, after,
				c -> String.join(", ", c.territories().stream().sorted().toList()));
		return changes;
	}

	private void compare(List<Change> changes, String key, ResourceCommand before, ResourceCommand after,
			Function<ResourceCommand, String> value) {
		String a = before == null ? null : value.apply(before);
		String b = value.apply(after);
		if (!Objects.equals(blank(a), blank(b))) {
			changes.add(new Change(pages.text(key), a == null ? "" : a, b == null ? "" : b));
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	@GetMapping("/ressources/{id}/fichiers/{fileId}")
	ResponseEntity<FileSystemResource> download(@PathVariable long id, @PathVariable long fileId) {
		var download = resources.download(id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.attachment().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.attachment().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(new FileSystemResource(download.file()));
	}

	@PostMapping("/ressources/{id}/utile")
	String useful(@PathVariable long id, RedirectAttributes redirect) {
		pages.requireLogin();
		usage.markUseful(id);
		redirect.addFlashAttribute("flash", pages.text("resource.useful.thanks"));
		return "redirect:/ressources/" + id;
	}

	@PostMapping("/ressources/{id}/utilisation")
	String declareUse(@PathVariable long id, @RequestParam long organisationId, RedirectAttributes redirect) {
		pages.requireLogin();
		usage.declareUse(id, organisationId);
		redirect.addFlashAttribute("flash", pages.text("resource.usage.declared"));
		return "redirect:/ressources/" + id + "#utilisee-par";
	}

	@PostMapping("/ressources/{id}/utilisation/retirer")
	String withdrawUse(@PathVariable long id, @RequestParam long organisationId, RedirectAttributes redirect) {
		pages.requireLogin();
		usage.withdrawUse(id, organisationId);
		redirect.addFlashAttribute("flash", pages.text("resource.usage.withdrawn"));
		return "redirect:/ressources/" + id + "#utilisee-par";
	}

	private List<Organisation> visibleOrganisations(java.util.Collection<Long> ids) {
		return ids.stream().flatMap(orgId -> organisations.find(orgId).stream()).toList();
	}

	private Map<String, String> themeLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		taxonomy.list(Vocabulary.THEME).forEach((Term t) -> labels.put(t.code(), t.label()));
		return labels;
	}

}
