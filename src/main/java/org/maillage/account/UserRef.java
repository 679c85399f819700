package org.maillage.account;

import java.io.Serializable;
import java.util.Set;

/** What other modules know about a user: identity, e-mail, displayed name and roles. */
public record UserRef(long id, String email, String displayName, Set<Role> roles) implements Serializable {

	public UserRef {
		roles = Set.copyOf(roles);
	}

	public boolean isAdmin() {
		return roles.contains(Role.ADMIN);
	}

	/**
	 * A network animator, or an instance administrator (who may do whatever an animator
	 * does).
	 */
	public boolean isAnimator() {
		return roles.contains(Role.ANIMATOR) || isAdmin();
	}

}
