package org.maillage.directory;

/**
 * An animator approved (the claimant became admin) or refused a claim on an organisation.
 */
public record ClaimDecided(long claimId, long organisationId, long userId, boolean approved) {
}
