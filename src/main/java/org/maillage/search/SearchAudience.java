package org.maillage.search;

import java.util.Set;

/**
 * Who may see an entry in search results, counts and snippets: everyone, signed-in
 * members of the platform, or only the members of some organisations and some people
 * (partners, authors, organisers). Anything not public is never shown to a visitor.
 *
 * @param everyone visible to anonymous visitors
 * @param members visible to any signed-in member
 * @param organisationIds members of these directory organisations may see it
 * @param userIds these accounts may see it
 */
public record SearchAudience(boolean everyone, boolean members, Set<Long> organisationIds, Set<Long> userIds) {

	public static final SearchAudience EVERYONE = new SearchAudience(true, true, Set.of(), Set.of());

	public static final SearchAudience MEMBERS = new SearchAudience(false, true, Set.of(), Set.of());

	public SearchAudience {
		organisationIds = Set.copyOf(organisationIds);
		userIds = Set.copyOf(userIds);
	}

	public static SearchAudience restricted(Set<Long> organisationIds, Set<Long> userIds) {
		return new SearchAudience(false, false, organisationIds, userIds);
	}

}
