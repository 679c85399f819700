package org.maillage.account;

import jakarta.validation.Valid;

import org.maillage.common.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal access tokens for the API: create (value shown once), list, revoke. */
@Controller
class PersonalAccessTokenController {

	private final PersonalAccessTokenService tokens;

	private final Pages pages;

	PersonalAccessTokenController(PersonalAccessTokenService tokens, Pages pages) {
		this.tokens = tokens;
		this.pages = pages;
	}

	@GetMapping("/compte/jetons")
	String list(Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", Forms.TokenForm.empty());
		}
		model.addAttribute("tokens", tokens.mine());
		return "account/tokens";
	}

	@PostMapping("/compte/jetons")
	String create(@Valid @ModelAttribute("tokenForm") Forms.TokenForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				// shown in the answer itself, never kept in the session: the value exists
				// nowhere else
				model.addAttribute("createdToken", tokens.create(form.name(), form.expiresOn()));
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "tokenForm");
				model.addAttribute("tokenForm", Forms.TokenForm.empty());
				return list(model);
			}
			catch (DomainException e) {
				result.rejectValue("expiresOn", e.messageKey());
			}
		}
		return list(model);
	}

	@PostMapping("/compte/jetons/{id}/revoquer")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(id);
		pages.flash(redirect, "account.tokens.revoked");
		return "redirect:/compte/jetons";
	}

}
