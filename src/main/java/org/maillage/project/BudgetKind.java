package org.maillage.project;

/** An expense line or a funding line of a project's budget. */
public enum BudgetKind {

	EXPENSE, FUNDING

}
