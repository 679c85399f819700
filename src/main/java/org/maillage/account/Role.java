package org.maillage.account;

/**
 * Instance-wide roles. A visitor is anonymous; every confirmed user is a {@link #MEMBER};
 * an {@link #ANIMATOR} animates the network; an {@link #ADMIN} administers the instance.
 * Being the administrator of an organisation is per organisation and belongs to the
 * directory.
 */
public enum Role {

	MEMBER, ANIMATOR, ADMIN;

	/** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
