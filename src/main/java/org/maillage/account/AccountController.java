package org.maillage.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The user's own account page. */
@Controller
class AccountController {

	private final CurrentUser currentUser;

	AccountController(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@GetMapping("/compte")
	String account(Model model) {
		model.addAttribute("user", currentUser.require());
		return "account/account";
	}

}
