package org.maillage.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests carrying {@code Authorization: Bearer mlg_...}: a valid,
 * non-revoked, non-expired personal access token of an active account. A wrong token is
 * refused (401) even on public endpoints, and too many wrong tokens from one IP get a
 * 429.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final PersonalAccessTokenService tokens;

	private final RateLimiter limits;

	private final ApiProblems problems;

	BearerTokenFilter(PersonalAccessTokenService tokens, RateLimiter limits, ApiProblems problems) {
		this.tokens = tokens;
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		String ip = request.getRemoteAddr();
		if (limits.badTokensExhausted(ip)) {
			problems.tooManyRequests(request, response);
			return;
		}
		var principal = tokens.authenticate(header.substring(PREFIX.length()).strip());
		if (principal.isEmpty()) {
			limits.tryBadToken(ip);
			problems.invalidToken(request, response);
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
