package org.maillage.directory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.maillage.account.AccountDirectory;
import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The animators' pages of the directory: claims to approve, possible duplicates to
 * review, and the taxonomy of themes and competencies (under /annuaire so that animators,
 * not only admins, reach it).
 */
@Controller
class AnimationController {

	private final MembershipService memberships;

	private final DuplicateReview duplicates;

	private final TaxonomyService taxonomy;

	private final AccountDirectory accounts;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	AnimationController(MembershipService memberships, DuplicateReview duplicates, TaxonomyService taxonomy,
			AccountDirectory accounts, CurrentUser currentUser, MessageSource messages) {
		this.memberships = memberships;
		this.duplicates = duplicates;
		this.taxonomy = taxonomy;
		this.accounts = accounts;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping("/annuaire/revendications")
	String claims(Model model) {
		requireLogin();
		var pending = memberships.pendingClaims();
		Set<Long> orgIds = new HashSet<>();
		Map<Long, String> names = new HashMap<>();
		pending.forEach(c -> {
			orgIds.add(c.organisationId());
			names.put(c.userId(), accounts.findById(c.userId()).map(UserRef::displayName).orElse("?"));
		});
		model.addAttribute("claims", pending);
		model.addAttribute("people", names);
		model.addAttribute("organisations", duplicates.names(orgIds));
		return "directory/claims";
	}

	@PostMapping("/annuaire/revendications/{id}")
	String decide(@PathVariable long id, @RequestParam boolean approve, RedirectAttributes redirect) {
		requireLogin();
		memberships.decide(id, approve);
		redirect.addFlashAttribute("flash", text(approve ? "directory.claim.approved" : "directory.claim.refused"));
		return "redirect:/annuaire/revendications";
	}

	@GetMapping("/annuaire/doublons")
	String duplicates(Model model) {
		requireLogin();
		var flags = duplicates.open();
		Set<Long> ids = new HashSet<>();
		flags.forEach(f -> {
			ids.add(f.organisationId());
			ids.add(f.similarId());
		});
		model.addAttribute("flags", flags);
		model.addAttribute("organisations", duplicates.names(ids));
		return "directory/duplicates";
	}

	@PostMapping("/annuaire/doublons/{id}")
	String resolve(@PathVariable long id, RedirectAttributes redirect) {
		requireLogin();
		duplicates.resolve(id);
		redirect.addFlashAttribute("flash", text("directory.duplicates.resolved"));
		return "redirect:/annuaire/doublons";
	}

	@GetMapping("/annuaire/taxonomie")
	String taxonomy(Model model) {
		requireLogin();
		if (!currentUser.require().isAnimator()) {
			throw new org.maillage.common.ForbiddenException();
		}
		model.addAttribute("themes", taxonomy.list(Vocabulary.THEME));
		model.addAttribute("competencies", taxonomy.list(Vocabulary.COMPETENCY));
		return "directory/taxonomy";
	}

	@PostMapping("/annuaire/taxonomie")
	String addTerm(@RequestParam Vocabulary vocabulary, @RequestParam String label, RedirectAttributes redirect) {
		requireLogin();
		if (label.isBlank() || label.length() > 100) {
			redirect.addFlashAttribute("termError", text("directory.term.label.invalid"));
			redirect.addFlashAttribute("termVocabulary", vocabulary);
			return "redirect:/annuaire/taxonomie";
		}
		taxonomy.add(vocabulary, label);
		redirect.addFlashAttribute("flash", text("directory.term.added", label.strip()));
		return "redirect:/annuaire/taxonomie";
	}

	@PostMapping("/annuaire/taxonomie/{id}/renommer")
	String renameTerm(@PathVariable long id, @RequestParam String label, RedirectAttributes redirect) {
		requireLogin();
		if (label.isBlank() || label.length() > 100) {
			redirect.addFlashAttribute("termError", text("directory.term.label.invalid"));
			return "redirect:/annuaire/taxonomie";
		}
		taxonomy.rename(id, label);
		redirect.addFlashAttribute("flash", text("directory.term.renamed"));
		return "redirect:/annuaire/taxonomie";
	}

	@PostMapping("/annuaire/taxonomie/{id}/supprimer")
	String removeTerm(@PathVariable long id, RedirectAttributes redirect) {
		requireLogin();
		taxonomy.remove(id);
		redirect.addFlashAttribute("flash", text("directory.term.removed"));
		return "redirect:/annuaire/taxonomie";
	}

	private void requireLogin() {
		if (currentUser.get().isEmpty()) {
			throw new AccessDeniedException("login required");
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
