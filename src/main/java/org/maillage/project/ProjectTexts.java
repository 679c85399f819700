package org.maillage.project;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts of the project module in the viewer's language, for flashes, exports and mails.
 */
@Component
class ProjectTexts {

	private final MessageSource messages;

	ProjectTexts(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
