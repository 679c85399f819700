package org.maillage.search.internal;

import java.util.Set;

import org.maillage.account.CurrentUser;
import org.maillage.search.ViewerOrganisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The current viewer: a visitor, or a signed-in member with their organisations (the
 * filter every search query carries is {@link MatchingQuery#audience(Viewer)}).
 */
@Component
class Viewers {

	private final CurrentUser currentUser;

	private final ObjectProvider<ViewerOrganisations> organisations;

	Viewers(CurrentUser currentUser, ObjectProvider<ViewerOrganisations> organisations) {
		this.currentUser = currentUser;
		this.organisations = organisations;
	}

	Viewer current() {
		return currentUser.get().map(user -> {
			Set<Long> theirs = organisations.stream()
				.flatMap(o -> o.organisationsOf(user.id()).stream())
				.collect(java.util.stream.Collectors.toSet());
			return new Viewer(user.id(), theirs, user.isAdmin());
		}).orElse(Viewer.VISITOR);
	}

}
