package org.maillage.directory;

import java.util.Optional;

import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one permission checker of the directory. An organisation is edited by its admins,
 * by network animators and by instance administrators; members-only organisations do not
 * exist for visitors.
 */
@Component
class OrganisationPermissions {

	private final CurrentUser currentUser;

	private final MembershipRepository memberships;

	OrganisationPermissions(CurrentUser currentUser, MembershipRepository memberships) {
		this.currentUser = currentUser;
		this.memberships = memberships;
	}

	Optional<UserRef> user() {
		return currentUser.get();
	}

	boolean loggedIn() {
		return currentUser.get().isPresent();
	}

	UserRef requireUser() {
		return currentUser.require();
	}

	UserRef requireAnimator() {
		UserRef user = currentUser.require();
		if (!user.isAnimator()) {
			throw new ForbiddenException();
		}
		return user;
	}

	/** Visitors get a 404 for members-only organisations, as if they did not exist. */
	Organisation visible(Optional<Organisation> organisation) {
		return organisation.filter(o -> o.visibleTo(loggedIn()))
			.orElseThrow(() -> new NotFoundException("directory.organisation.notFound"));
	}

	boolean canEdit(Organisation organisation) {
		return currentUser.get().map(user -> canEdit(user, organisation)).orElse(false);
	}

	boolean canEdit(UserRef user, Organisation organisation) {
		return user.isAnimator() || memberships.findByOrganisationIdAndUserId(organisation.id(), user.id())
			.map(Membership::isAdmin)
			.orElse(false);
	}

	UserRef requireEditor(Organisation organisation) {
		UserRef user = currentUser.require();
		if (!canEdit(user, organisation)) {
			throw new ForbiddenException("directory.organisation.forbidden");
		}
		return user;
	}

}
