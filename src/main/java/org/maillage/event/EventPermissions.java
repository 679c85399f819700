package org.maillage.event;

import java.util.Optional;

import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.maillage.directory.MembershipService;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an event: members of the organising organisation and the
 * platform's animators organise it; members-only events are invisible to visitors.
 */
@Component
class EventPermissions {

	private final CurrentUser currentUser;

	private final MembershipService memberships;

	EventPermissions(CurrentUser currentUser, MembershipService memberships) {
		this.currentUser = currentUser;
		this.memberships = memberships;
	}

	Optional<UserRef> user() {
		return currentUser.get();
	}

	UserRef requireUser() {
		return currentUser.require();
	}

	boolean canSee(Event event) {
		return event.isPublic() || currentUser.get().isPresent();
	}

	Event visible(Optional<Event> event) {
		return event.filter(this::canSee).orElseThrow(() -> new NotFoundException("event.notFound"));
	}

	boolean canOrganiseFor(long organisationId) {
		return currentUser.get().map(user -> user.isAnimator() || memberships.isMember(organisationId)).orElse(false);
	}

	boolean canOrganise(Event event) {
		return canOrganiseFor(event.organisationId());
	}

	void requireOrganiser(Event event) {
		if (!canOrganise(event)) {
			throw new ForbiddenException();
		}
	}

	void requireOrganiserFor(long organisationId) {
		if (!canOrganiseFor(organisationId)) {
			throw new ForbiddenException();
		}
	}

}
