package org.maillage.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a logged-in session in line with the database: an account deleted or disabled
 * since the login is logged out at its next request, and new roles, name or e-mail take
 * effect at once.
 */
class AccountStatusFilter extends OncePerRequestFilter {

	private final UserAccountRepository users;

	private final SecurityContextRepository contexts;

	AccountStatusFilter(UserAccountRepository users, SecurityContextRepository contexts) {
		this.users = users;
		this.contexts = contexts;
	}

	/**
	 * Static files (styles, scripts, WebJars) need no account check: no query for them.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/favicon");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			var user = users.findById(principal.id()).orElse(null);
			if (user == null || !user.enabled() || !user.confirmed()) {
				SecurityContextHolder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!principal.sameAs(user)) {
				var fresh = AccountPrincipal.of(user);
				fresh.eraseCredentials();
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
				SecurityContextHolder.setContext(context);
				contexts.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
