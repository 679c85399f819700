package org.maillage.account;

import java.util.EnumSet;
import java.util.Set;

import org.maillage.common.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Instance administration of the users (the service checks that the current user is an
 * administrator).
 */
@Controller
class AdminUserController {

	private final AdminUserService admin;

	private final Pages pages;

	AdminUserController(AdminUserService admin, Pages pages) {
		this.admin = admin;
		this.pages = pages;
	}

	@GetMapping("/admin/utilisateurs")
	String list(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("users", admin.search(q, page));
		return "account/admin-users";
	}

	@GetMapping("/admin/utilisateurs/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("user", admin.get(id));
		model.addAttribute("assignableRoles", EnumSet.of(Role.ANIMATOR, Role.ADMIN));
		return "account/admin-user";
	}

	@PostMapping("/admin/utilisateurs/{id}/roles")
	String changeRoles(@PathVariable long id, @RequestParam(name = "roles", required = false) Set<Role> roles,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "admin.users.roles.saved", () -> admin.changeRoles(id, roles, version));
	}

	@PostMapping("/admin/utilisateurs/{id}/desactiver")
	String disable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "admin.users.disabled", () -> admin.disable(id, version));
	}

	@PostMapping("/admin/utilisateurs/{id}/activer")
	String enable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "admin.users.enabled", () -> admin.enable(id, version));
	}

	/**
	 * Runs an action; a refusal that is not about permissions is shown on the user's
	 * page.
	 */
	private String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			pages.flash(redirect, doneKey);
		}
		catch (org.maillage.common.ForbiddenException | org.maillage.common.NotFoundException e) {
			throw e;
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", pages.text(e.messageKey()));
		}
		return "redirect:/admin/utilisateurs/" + id;
	}

}
