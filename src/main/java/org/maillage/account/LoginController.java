package org.maillage.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: the form itself is handled by Spring Security (POST /connexion). */
@Controller
class LoginController {

	private final Installation installation;

	LoginController(Installation installation) {
		this.installation = installation;
	}

	@GetMapping("/connexion")
	String login(HttpSession session, Model model) {
		Object email = session.getAttribute(LoginFailureHandler.LAST_EMAIL);
		session.removeAttribute(LoginFailureHandler.LAST_EMAIL);
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("emailForm", new Forms.EmailForm(email == null ? "" : email.toString()));
		model.addAttribute("setupNeeded", installation.needed());
		return "account/login";
	}

}
