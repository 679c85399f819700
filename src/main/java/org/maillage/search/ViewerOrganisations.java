package org.maillage.search;

import java.util.Set;

/**
 * The organisations a person belongs to, so that search shows them what is shared with
 * their organisations ({@link SearchAudience#organisationIds()}). Implemented by the
 * directory, which owns memberships; the search module does not depend on it.
 */
public interface ViewerOrganisations {

	/** Ids of the directory organisations this user is a member of. */
	Set<Long> organisationsOf(long userId);

}
