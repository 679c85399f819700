package org.maillage.directory;

/**
 * Role of a person within one organisation; {@code ADMIN} may edit it and manage its
 * members.
 */
public enum MembershipRole {

	MEMBER, ADMIN

}
