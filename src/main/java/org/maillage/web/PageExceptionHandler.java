package org.maillage.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.maillage.common.DomainException;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Pages never show a stack trace: domain refusals become the friendly 403/404 pages, bad
 * parameters a 400 page, anything unexpected the 500 page (and a log line).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException e, Model model) {
		model.addAttribute("messageKey", e.messageKey());
		return "error/404";
	}

	@ExceptionHandler(NoResourceFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String noResource() {
		return "error/404";
	}

	@ExceptionHandler(ForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(ForbiddenException e, Model model) {
		model.addAttribute("messageKey", e.messageKey());
		return "error/403";
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			BindException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest() {
		return "error/400";
	}

	/**
	 * An upload over the size limit: refused by Spring, or by Tomcat itself when a filter
	 * (CSRF) reads the parameters first.
	 */
	@ExceptionHandler({ MaxUploadSizeExceededException.class, InvalidParameterException.class })
	String tooLarge(Exception e, Model model, HttpServletResponse response) {
		boolean tooLarge = e instanceof MaxUploadSizeExceededException || e.getCause() instanceof SizeException;
		response.setStatus(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
		model.addAttribute("messageKey", tooLarge ? "error.tooLarge" : "error.400.text");
		return "error/400";
	}

	@ExceptionHandler(DomainException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String refused(DomainException e, Model model) {
		model.addAttribute("messageKey", e.messageKey());
		model.addAttribute("messageArgs", e.arguments());
		return "error/400";
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	void accessDenied(org.springframework.security.access.AccessDeniedException e) {
		// let Spring Security decide: login page for anonymous users, 403 page otherwise
		throw e;
	}

	@ExceptionHandler(Exception.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	String unexpected(Exception e) {
		log.error("Unexpected error on a page", e);
		return "error/500";
	}

}
