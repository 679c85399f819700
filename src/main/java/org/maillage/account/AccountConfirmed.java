package org.maillage.account;

/**
 * A user confirmed their e-mail address: they are now a member. Published after commit.
 */
public record AccountConfirmed(long userId, String email, String displayName) {
}
