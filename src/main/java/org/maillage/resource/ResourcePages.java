package org.maillage.resource;

import java.util.Optional;

import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every page of the resource centre needs: who is there (a visitor is sent to the
 * login page where signing in is required) and texts in the viewer's language.
 */
@Component
class ResourcePages {

	private final CurrentUser currentUser;

	private final MessageSource messages;

	ResourcePages(CurrentUser currentUser, MessageSource messages) {
		this.currentUser = currentUser;
		this.messages = messages;
	}

	Optional<UserRef> user() {
		return currentUser.get();
	}

	/** Sends a visitor to the login page (Spring Security handles the redirect). */
	void requireLogin() {
		if (currentUser.get().isEmpty()) {
			throw new AccessDeniedException("login required");
		}
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
