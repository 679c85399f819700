package org.maillage.directory;

/**
 * A member as shown on an organisation page (only those whose profile the viewer may
 * see).
 */
public record MemberView(long membershipId, long userId, String displayName, String function, MembershipRole role) {
}
