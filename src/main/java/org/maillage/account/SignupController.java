package org.maillage.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up, the confirmation link and sending it again. */
@Controller
class SignupController {

	private final SignupService signups;

	private final Installation installation;

	private final RateLimiter limits;

	private final Pages pages;

	SignupController(SignupService signups, Installation installation, RateLimiter limits, Pages pages) {
		this.signups = signups;
		this.installation = installation;
		this.limits = limits;
		this.pages = pages;
	}

	@GetMapping("/inscription")
	String form(Model model) {
		model.addAttribute("signupForm", Forms.SignupForm.empty());
		return view(model);
	}

	@PostMapping("/inscription")
	String signUp(@Valid @ModelAttribute("signupForm") Forms.SignupForm form, BindingResult result, Model model) {
		Pages.checkConfirmation(form.password(), form.passwordConfirmation(), result);
		if (!result.hasErrors()) {
			try {
				signups.signUp(form.displayName(), form.email(), form.password());
				model.addAttribute("email", form.email().strip());
				return "account/signup-sent";
			}
			catch (FieldRefusedException e) {
				Pages.reject(e, result);
			}
		}
		return view(model);
	}

	@GetMapping("/inscription/confirmer")
	String confirm(@RequestParam(name = "jeton", required = false) String secret, Model model) {
		return switch (signups.confirm(secret)) {
			case CONFIRMED -> "redirect:/connexion?confirme";
			case ALREADY_CONFIRMED -> "redirect:/connexion?dejaconfirme";
			case EXPIRED -> {
				model.addAttribute("expired", true);
				model.addAttribute("emailForm", Forms.EmailForm.empty());
				yield "account/confirm-failed";
			}
			case INVALID -> {
				model.addAttribute("expired", false);
				model.addAttribute("emailForm", Forms.EmailForm.empty());
				yield "account/confirm-failed";
			}
		};
	}

	@PostMapping("/inscription/renvoyer")
	String resend(@Valid @ModelAttribute("emailForm") Forms.EmailForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("expired", false);
			return "account/confirm-failed";
		}
		if (!limits.tryMailRequest(request.getRemoteAddr(), form.email())) {
			return "redirect:/connexion?limitecourriel";
		}
		signups.resendConfirmation(form.email());
		pages.flash(redirect, "account.signup.resent");
		return "redirect:/connexion";
	}

	@GetMapping("/inscription/conditions")
	String terms() {
		return "account/terms";
	}

	private String view(Model model) {
		model.addAttribute("setupNeeded", installation.needed());
		return "account/signup";
	}

}
