package org.maillage.project;

/**
 * A partner organisation's role in a project. The pilot's admins manage partners; the
 * pilot and co-pilots edit the project's description; funders, pilot and co-pilots edit
 * the budget; every partner's members work on the action plan and indicators.
 */
public enum PartnerRole {

	PILOT, CO_PILOT, OPERATOR, FUNDER, SUPPORT, BENEFICIARY;

	public boolean editsProject() {
		return this == PILOT || this == CO_PILOT;
	}

	public boolean editsBudget() {
		return editsProject() || this == FUNDER;
	}

}
