package org.maillage.account;

import jakarta.validation.Valid;

import org.maillage.common.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-time setup page of a fresh instance: creates the first administrator, then
 * disappears (404).
 */
@Controller
class InstallationController {

	private final Installation installation;

	private final Pages pages;

	InstallationController(Installation installation, Pages pages) {
		this.installation = installation;
		this.pages = pages;
	}

	@GetMapping("/installation")
	String form(Model model) {
		requireNeeded();
		model.addAttribute("setupForm", Forms.SetupForm.empty());
		return "account/setup";
	}

	@PostMapping("/installation")
	String create(@Valid @ModelAttribute("setupForm") Forms.SetupForm form, BindingResult result,
			RedirectAttributes redirect) {
		requireNeeded();
		Pages.checkConfirmation(form.password(), form.passwordConfirmation(), result);
		if (!result.hasErrors()) {
			try {
				installation.createFirstAdmin(form.displayName(), form.email(), form.password());
				pages.flash(redirect, "account.setup.done");
				return "redirect:/connexion";
			}
			catch (FieldRefusedException e) {
				Pages.reject(e, result);
			}
		}
		return "account/setup";
	}

	private void requireNeeded() {
		if (!installation.needed()) {
			throw new NotFoundException();
		}
	}

}
