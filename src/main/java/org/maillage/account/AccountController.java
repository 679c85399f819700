package org.maillage.account;

import jakarta.validation.Valid;

import org.maillage.common.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account page: name, e-mail address, password. */
@Controller
class AccountController {

	private final CurrentUser currentUser;

	private final ProfileService profiles;

	private final PasswordService passwords;

	private final Pages pages;

	AccountController(CurrentUser currentUser, ProfileService profiles, PasswordService passwords, Pages pages) {
		this.currentUser = currentUser;
		this.profiles = profiles;
		this.passwords = passwords;
		this.pages = pages;
	}

	@GetMapping("/compte")
	String account(Model model) {
		return view(model);
	}

	@PostMapping("/compte/nom")
	String rename(@Valid @ModelAttribute("nameForm") Forms.NameForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(model);
		}
		profiles.rename(form.displayName());
		pages.flash(redirect, "account.name.saved");
		return "redirect:/compte";
	}

	@PostMapping("/compte/courriel")
	String changeEmail(@Valid @ModelAttribute("emailChangeForm") Forms.EmailChangeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				profiles.requestEmailChange(form.email(), form.password());
				pages.flash(redirect, "account.email.sent", form.email().strip());
				return "redirect:/compte";
			}
			catch (FieldRefusedException e) {
				Pages.reject(e, result);
			}
		}
		return view(model);
	}

	@PostMapping("/compte/mot-de-passe")
	String changePassword(@Valid @ModelAttribute("passwordChangeForm") Forms.PasswordChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Pages.checkConfirmation(form.password(), form.passwordConfirmation(), result);
		if (!result.hasErrors()) {
			try {
				passwords.change(form.currentPassword(), form.password());
				pages.flash(redirect, "account.password.changed");
				return "redirect:/compte";
			}
			catch (FieldRefusedException e) {
				Pages.reject(e, result);
			}
		}
		return view(model);
	}

	/**
	 * The link mailed to a new address; works whether or not the browser is logged in.
	 */
	@GetMapping("/courriel/confirmer")
	String confirmEmail(@RequestParam(name = "jeton", required = false) String secret, Model model,
			RedirectAttributes redirect) {
		try {
			String email = profiles.confirmEmailChange(secret);
			pages.flash(redirect, "account.email.changed", email);
			return currentUser.get().isPresent() ? "redirect:/compte" : "redirect:/connexion";
		}
		catch (DomainException e) {
			model.addAttribute("messageKey", e.messageKey());
			return "account/link-invalid";
		}
	}

	private String view(Model model) {
		var user = currentUser.require();
		model.addAttribute("user", user);
		if (!model.containsAttribute("nameForm")) {
			model.addAttribute("nameForm", new Forms.NameForm(user.displayName()));
		}
		if (!model.containsAttribute("emailChangeForm")) {
			model.addAttribute("emailChangeForm", Forms.EmailChangeForm.empty());
		}
		if (!model.containsAttribute("passwordChangeForm")) {
			model.addAttribute("passwordChangeForm", Forms.PasswordChangeForm.empty());
		}
		return "account/account";
	}

}
