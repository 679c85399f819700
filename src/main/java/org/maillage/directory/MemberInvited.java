package org.maillage.directory;

/**
 * An organisation admin invited someone: {@code existingAccount} says whether they were
 * added at once (and are told so) or whether an invitation to create an account was
 * mailed.
 */
public record MemberInvited(long organisationId, String email, String invitedByName, boolean existingAccount) {
}
