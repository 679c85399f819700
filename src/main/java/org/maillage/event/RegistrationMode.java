package org.maillage.event;

/** Whether people register one by one, as teams, or either way. */
public enum RegistrationMode {

	INDIVIDUAL, TEAM, BOTH;

	public boolean allowsIndividuals() {
		return this != TEAM;
	}

	public boolean allowsTeams() {
		return this != INDIVIDUAL;
	}

}
