package org.maillage.search.internal;

import java.util.Set;

/**
 * Who is searching: a visitor (no user id), a signed-in member with their organisations,
 * or an instance administrator who may see everything.
 */
record Viewer(Long userId, Set<Long> organisationIds, boolean admin) {

	static final Viewer VISITOR = new Viewer(null, Set.of(), false);

	Viewer {
		organisationIds = Set.copyOf(organisationIds);
	}

	boolean signedIn() {
		return userId != null;
	}

}
