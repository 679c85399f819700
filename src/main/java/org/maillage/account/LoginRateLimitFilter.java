package org.maillage.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every login attempt; beyond the limit the login page explains why, without
 * trying.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limits;

	LoginRateLimitFilter(RateLimiter limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/connexion".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!limits.tryLogin(request.getRemoteAddr(), request.getParameter("email"))) {
			response.sendRedirect(request.getContextPath() + "/connexion?limite");
			return;
		}
		chain.doFilter(request, response);
	}

}
