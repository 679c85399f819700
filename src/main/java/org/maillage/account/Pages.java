package org.maillage.account;

import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Small helpers shared by the account controllers: flash messages and password
 * confirmation.
 */
@Component
class Pages {

	private final MessageSource messages;

	Pages(MessageSource messages) {
		this.messages = messages;
	}

	/** Shows a message on the page after the redirect (the layout's flash notice). */
	void flash(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", text(key, args));
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/**
	 * Refuses a confirmation that differs from the password, next to the confirmation
	 * field.
	 */
	static void checkConfirmation(String password, String confirmation, BindingResult result) {
		if (!result.hasFieldErrors("password") && !Objects.equals(password, confirmation)) {
			result.rejectValue("passwordConfirmation", "account.password.mismatch");
		}
	}

	static void reject(FieldRefusedException e, BindingResult result) {
		result.rejectValue(e.field(), e.messageKey());
	}

}
