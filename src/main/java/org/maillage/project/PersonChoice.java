package org.maillage.project;

/** A member of a partner organisation who may be made responsible for an action. */
public record PersonChoice(long userId, String name, long organisationId, String organisationName) {

}
