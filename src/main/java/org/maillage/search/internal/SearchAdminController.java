package org.maillage.search.internal;

import org.maillage.common.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of the search: counts per kind with a "reindex" button, and the synonyms
 * list. Both are for instance administrators (URL rule and service checks).
 */
@Controller
class SearchAdminController {

	private final SearchAdministration administration;

	private final SynonymService synonyms;

	private final org.springframework.context.MessageSource messages;

	SearchAdminController(SearchAdministration administration, SynonymService synonyms,
			org.springframework.context.MessageSource messages) {
		this.administration = administration;
		this.synonyms = synonyms;
		this.messages = messages;
	}

	@GetMapping("/admin/recherche")
	String index(Model model) {
		model.addAttribute("counts", administration.counts());
		return "search/admin";
	}

	@PostMapping("/admin/recherche/reindexer")
	String rebuild(RedirectAttributes redirect, java.util.Locale locale) {
		administration.rebuild();
		redirect.addFlashAttribute("flash", messages.getMessage("search.admin.rebuilt", null, locale));
		return "redirect:/admin/recherche";
	}

	@GetMapping("/admin/synonymes")
	String synonyms(Model model) {
		model.addAttribute("synonyms", synonyms.list());
		return "search/synonyms";
	}

	@PostMapping("/admin/synonymes")
	String add(@RequestParam(defaultValue = "") String terms, Model model, RedirectAttributes redirect,
			java.util.Locale locale) {
		try {
			synonyms.add(terms);
		}
		catch (InvalidSynonymException e) {
			model.addAttribute("newTerms", terms);
			model.addAttribute("newError", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return synonyms(model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("search.synonyms.added", null, locale));
		return "redirect:/admin/synonymes";
	}

	@PostMapping("/admin/synonymes/{id}")
	String change(@PathVariable long id, @RequestParam(defaultValue = "-1") String version,
			@RequestParam(defaultValue = "") String terms, Model model, RedirectAttributes redirect,
			java.util.Locale locale) {
		try {
			synonyms.change(id, parseVersion(version), terms);
		}
		catch (InvalidSynonymException e) {
			model.addAttribute("editedId", id);
			model.addAttribute("editedTerms", terms);
			model.addAttribute("editedError", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return synonyms(model);
		}
		catch (ConflictException e) {
			model.addAttribute("editedId", id);
			model.addAttribute("editedTerms", terms);
			model.addAttribute("editedError",
					messages.getMessage("search.synonyms.conflict", new Object[] { e.current() }, locale));
			return synonyms(model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("search.synonyms.saved", null, locale));
		return "redirect:/admin/synonymes";
	}

	@PostMapping("/admin/synonymes/{id}/supprimer")
	String remove(@PathVariable long id, RedirectAttributes redirect, java.util.Locale locale) {
		synonyms.remove(id);
		redirect.addFlashAttribute("flash", messages.getMessage("search.synonyms.removed", null, locale));
		return "redirect:/admin/synonymes";
	}

	private static long parseVersion(String version) {
		try {
			return Long.parseLong(version.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

}
