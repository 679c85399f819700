package org.maillage.event;

/**
 * The hat a participant wears in a territory's team: an elected official, an agent of a
 * local authority, a member of civil society (association, enterprise, council).
 */
public enum ParticipantRole {

	ELECTED, AGENT, CIVIL_SOCIETY, OTHER

}
