package org.maillage.account;

import java.io.IOException;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Refusals of the API's security filters, as RFC 9457 problem details in French. */
@Component
class ApiProblems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	ApiProblems(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "api.unauthorized");
	}

	void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "api.invalidToken");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
	}

	void tooManyRequests(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "60");
		write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.tooManyRequests");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage(key, null, key, locales.resolveLocale(request)));
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

}
