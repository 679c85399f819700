package org.maillage.project;

/** Where funding comes from. */
public enum FundingProgramme {

	LEADER, FEDER, FSE, REGION, DEPARTEMENT, STATE, INTERCOMMUNALITY, OWN_FUNDS, PRIVATE, OTHER

}
