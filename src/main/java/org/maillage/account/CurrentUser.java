package org.maillage.account;

import java.util.Optional;

import org.maillage.common.ForbiddenException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user behind the current request, whether logged in on the pages or authenticated by
 * a personal access token on the API. Services use it for their permission checks.
 */
@Component
public class CurrentUser {

	public Optional<UserRef> get() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.toRef());
		}
		return Optional.empty();
	}

	/** The current user; a {@link ForbiddenException} when the request is anonymous. */
	public UserRef require() {
		return get().orElseThrow(ForbiddenException::new);
	}

}
