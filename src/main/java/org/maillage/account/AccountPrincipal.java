package org.maillage.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated user as Spring Security sees it: carries the user id so that services
 * never look users up by name. Serialisable because sessions live in the database.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private String passwordHash;

	private final boolean confirmed;

	private final boolean enabled;

	AccountPrincipal(long id, String email, String displayName, Set<Role> roles, String passwordHash, boolean confirmed,
			boolean enabled) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
		this.confirmed = confirmed;
		this.enabled = enabled;
	}

	static AccountPrincipal of(UserAccount user) {
		return new AccountPrincipal(user.id(), user.email(), user.displayName(), user.roles(), user.passwordHash(),
				user.confirmed(), user.enabled());
	}

	static AccountPrincipal of(UserRef user) {
		return new AccountPrincipal(user.id(), user.email(), user.displayName(), user.roles(), "", true, true);
	}

	long id() {
		return id;
	}

	String displayName() {
		return displayName;
	}

	Set<Role> roles() {
		return roles;
	}

	UserRef toRef() {
		return new UserRef(id, email, displayName, roles);
	}

	/** Whether this principal still matches what the database says about the user. */
	boolean sameAs(UserAccount user) {
		return user.email().equals(email) && user.displayName().equals(displayName) && user.roles().equals(roles)
				&& user.enabled() && user.confirmed();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	/** An unconfirmed account cannot log in (it is "disabled" until confirmation). */
	@Override
	public boolean isEnabled() {
		return confirmed;
	}

	/** An account disabled by an administrator is "locked". */
	@Override
	public boolean isAccountNonLocked() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + id + "]";
	}

	static List<GrantedAuthority> authorities(Set<Role> roles) {
		return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}

	/**
	 * Runs work authenticated as this user (seeding, tests), then restores the previous
	 * authentication.
	 */
	static <T> T runAs(UserRef user, java.util.function.Supplier<T> work) {
		var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
		var previous = context.getAuthentication();
		var principal = of(user);
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(principal, null, principal.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			context.setAuthentication(previous);
		}
	}

}
