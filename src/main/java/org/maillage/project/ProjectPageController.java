package org.maillage.project;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.common.Markdown;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Term;
import org.maillage.directory.Vocabulary;
import org.maillage.search.SearchType;
import org.maillage.search.SimilarContent;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The project list with its search and facets, and a project's page. */
@Controller
class ProjectPageController {

	static final int PAGE_SIZE = 20;

	private final ProjectService projects;

	private final ProjectSearch search;

	private final TaxonomyService taxonomy;

	private final TerritoryService territories;

	private final ProjectPermissions permissions;

	/** Kinds of items offered as "ressources proches" of a project. */
	private static final Set<SearchType> CLOSE_TYPES = Set.of(SearchType.RESOURCE, SearchType.KIT, SearchType.PROJECT);

	private final SimilarContent similar;

	ProjectPageController(ProjectService projects, ProjectSearch search, TaxonomyService taxonomy,
			TerritoryService territories, ProjectPermissions permissions, SimilarContent similar) {
		this.similar = similar;
		this.permissions = permissions;
		this.projects = projects;
		this.search = search;
		this.taxonomy = taxonomy;
		this.territories = territories;
	}

	@GetMapping("/projets")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String territoire,
			@RequestParam(required = false) String partenaire, @RequestParam(defaultValue = "1") String page,
			Model model) {
		ProjectStatus chosenStatus = parse(status, ProjectStatus.class);
		Long partnerId = parseLong(partenaire);
		int pageNumber = Math.max(1, parseLong(page) == null ? 1 : parseLong(page).intValue());
		var criteria = new ProjectCriteria(q, chosenStatus == null ? Set.of() : Set.of(chosenStatus), theme, territoire,
				partnerId);
		ProjectResults results = search.search(criteria, pageNumber - 1, PAGE_SIZE);
		model.addAttribute("criteria", criteria);
		model.addAttribute("results", results);
		model.addAttribute("themeLabels", themeLabels());
		Map<String, Territory> found = territories.findAll(results.territories().keySet());
		model.addAttribute("territoryLabels",
				found.values().stream().collect(Collectors.toMap(Territory::id, Territory::label)));
		if (criteria.territoryId() != null) {
			model.addAttribute("territoryLabel",
					territories.find(criteria.territoryId()).map(Territory::label).orElse(criteria.territoryId()));
		}
		var partnerIds = new java.util.HashSet<>(results.partners().keySet());
		if (partnerId != null) {
			partnerIds.add(partnerId);
		}
		model.addAttribute("partnerLabels", projects.partnerNames(partnerIds));
		model.addAttribute("statuses", ProjectStatus.values());
		return "project/list";
	}

	@GetMapping("/projets/{id}")
	String show(@PathVariable long id, Model model) {
		OpenProject open = projects.open(id);
		Project p = open.project();
		model.addAttribute("open", open);
		model.addAttribute("project", p);
		model.addAttribute("descriptionHtml", Markdown.toSafeHtml(p.description()));
		model.addAttribute("territory", territories.find(p.territoryId()).orElse(null));
		Map<String, String> labels = themeLabels();
		model.addAttribute("themes", p.themes().stream().map(c -> labels.getOrDefault(c, c)).sorted().toList());
		model.addAttribute("similar", similar.similarTo(SearchType.PROJECT, String.valueOf(id), CLOSE_TYPES, 5));
		return "project/project";
	}

	@GetMapping("/projets/invitations")
	String invitations(Model model) {
		permissions.requireLogin();
		model.addAttribute("invitations", projects.invitations());
		return "project/invitations";
	}

	private Map<String, String> themeLabels() {
		List<Term> themes = taxonomy.list(Vocabulary.THEME);
		return themes.stream()
			.collect(Collectors.toMap(Term::code, Term::label, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	static <E extends Enum<E>> E parse(String raw, Class<E> type) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static Long parseLong(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(raw.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
