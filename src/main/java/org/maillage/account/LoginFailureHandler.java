package org.maillage.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends the user back to the login page with the reason: wrong credentials, account not
 * yet confirmed (with an offer to resend the mail) or disabled. The e-mail typed is kept
 * in the session so that the form shows it again.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String LAST_EMAIL = LoginFailureHandler.class.getName() + ".email";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter("email");
		if (email != null) {
			request.getSession().setAttribute(LAST_EMAIL, email.strip());
		}
		String reason = switch (exception) {
			case DisabledException e -> "nonconfirme";
			case LockedException e -> "desactive";
			default -> "erreur";
		};
		response.sendRedirect(request.getContextPath() + "/connexion?" + reason);
	}

}
