package org.maillage.search.internal;

import java.util.Set;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.maillage.account.CurrentUser;
import org.maillage.search.ViewerOrganisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The current viewer and the one filter every search query carries: a document is found
 * only by its audience (everyone; any member; members of its organisations; its people).
 * Administrators see everything.
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

	/** The audience filter for this viewer; {@code null} when they may see everything. */
	static PredicateFinalStep audience(SearchPredicateFactory f, Viewer viewer) {
		if (viewer.admin()) {
			return null;
		}
		if (!viewer.signedIn()) {
			return f.match().field("everyone").matching(true);
		}
		return f.bool(b -> {
			b.should(f.match().field("members").matching(true));
			b.should(f.match().field("users").matching(String.valueOf(viewer.userId())));
			if (!viewer.organisationIds().isEmpty()) {
				b.should(f.terms()
					.field("organisations")
					.matchingAny(viewer.organisationIds().stream().map(String::valueOf).toList()));
			}
		});
	}

}
