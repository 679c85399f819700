package org.maillage.account;

import java.util.EnumSet;
import java.util.Set;

import org.maillage.common.ConflictException;
import org.maillage.common.DomainException;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instance administrator's view of the users: search, roles, disabling. Every method
 * checks that the current user is an administrator; the instance never loses its last
 * administrator.
 */
@Service
class AdminUserService {

	static final int PAGE_SIZE = 20;

	/** A line of the users list. */
	record UserRow(long id, String email, String displayName, Set<Role> roles, boolean confirmed, boolean enabled,
			java.time.Instant createdAt, long version) {

		static UserRow of(UserAccount user) {
			return new UserRow(user.id(), user.email(), user.displayName(), user.roles(), user.confirmed(),
					user.enabled(), user.createdAt(), user.version());
		}

	}

	private final UserAccountRepository users;

	private final PersistentTokenRepository rememberMe;

	private final CurrentUser currentUser;

	AdminUserService(UserAccountRepository users, PersistentTokenRepository rememberMe, CurrentUser currentUser) {
		this.users = users;
		this.rememberMe = rememberMe;
		this.currentUser = currentUser;
	}

	@Transactional(readOnly = true)
	Page<UserRow> search(String query, int page) {
		requireAdmin();
		String q = query == null || query.isBlank() ? null : query.strip().toLowerCase(java.util.Locale.ROOT);
		return users.search(q, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("displayName").and(Sort.by("id"))))
			.map(UserRow::of);
	}

	@Transactional(readOnly = true)
	UserRow get(long userId) {
		requireAdmin();
		return UserRow.of(find(userId));
	}

	/**
	 * Sets the roles (member is kept in any case); refuses to remove the last
	 * administrator.
	 */
	@Transactional
	void changeRoles(long userId, Set<Role> roles, long version) {
		requireAdmin();
		var user = find(userId);
		checkVersion(user, version);
		var wanted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		if (user.roles().contains(Role.ADMIN) && !wanted.contains(Role.ADMIN)) {
			requireAnotherAdmin(user);
		}
		user.changeRoles(wanted);
	}

	@Transactional
	void disable(long userId, long version) {
		var admin = requireAdmin();
		var user = find(userId);
		checkVersion(user, version);
		if (user.id() == admin.id()) {
			throw new DomainException("admin.users.disable.self");
		}
		if (user.roles().contains(Role.ADMIN)) {
			requireAnotherAdmin(user);
		}
		user.disable();
		rememberMe.removeUserTokens(user.email());
	}

	@Transactional
	void enable(long userId, long version) {
		requireAdmin();
		var user = find(userId);
		checkVersion(user, version);
		user.enable();
	}

	private UserRef requireAdmin() {
		var user = currentUser.require();
		if (!user.isAdmin()) {
			throw new ForbiddenException();
		}
		return user;
	}

	private void requireAnotherAdmin(UserAccount user) {
		if (user.enabled() && users.countEnabledAdmins() <= 1) {
			throw new DomainException("admin.users.lastAdmin");
		}
	}

	private UserAccount find(long userId) {
		return users.findById(userId).orElseThrow(NotFoundException::new);
	}

	private static void checkVersion(UserAccount user, long version) {
		if (user.version() != version) {
			throw new ConflictException(UserRow.of(user));
		}
	}

}
