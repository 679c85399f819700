package org.maillage.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/** Forgotten password: ask for a link, then choose a new password from it. */
@Controller
class PasswordResetController {

	private final PasswordService passwords;

	private final RateLimiter limits;

	private final Pages pages;

	PasswordResetController(PasswordService passwords, RateLimiter limits, Pages pages) {
		this.passwords = passwords;
		this.limits = limits;
		this.pages = pages;
	}

	@GetMapping("/mot-de-passe-oublie")
	String form(Model model) {
		model.addAttribute("emailForm", Forms.EmailForm.empty());
		return "account/reset-request";
	}

	/** The same answer whether or not the address has an account. */
	@PostMapping("/mot-de-passe-oublie")
	String request(@Valid @ModelAttribute("emailForm") Forms.EmailForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (result.hasErrors()) {
			return "account/reset-request";
		}
		if (!limits.tryMailRequest(request.getRemoteAddr(), form.email())) {
			response.setStatus(429);
			model.addAttribute("limited", true);
			return "account/reset-request";
		}
		passwords.requestReset(form.email());
		model.addAttribute("sent", true);
		return "account/reset-request";
	}

	@GetMapping("/mot-de-passe/nouveau")
	String newPassword(@RequestParam(name = "jeton", required = false) String secret, Model model) {
		if (!passwords.resetLinkUsable(secret)) {
			return "account/reset-invalid";
		}
		model.addAttribute("newPasswordForm", new Forms.NewPasswordForm(secret, "", ""));
		return "account/reset-form";
	}

	@PostMapping("/mot-de-passe/nouveau")
	String reset(@Valid @ModelAttribute("newPasswordForm") Forms.NewPasswordForm form, BindingResult result,
			RedirectAttributes redirect) {
		Pages.checkConfirmation(form.password(), form.passwordConfirmation(), result);
		if (result.hasErrors()) {
			return "account/reset-form";
		}
		try {
			passwords.reset(form.jeton(), form.password());
		}
		catch (DomainException e) {
			return "account/reset-invalid";
		}
		pages.flash(redirect, "account.reset.done");
		return "redirect:/connexion";
	}

}
