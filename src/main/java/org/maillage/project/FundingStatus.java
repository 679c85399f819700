package org.maillage.project;

/** How far a funding line has gone: asked for, granted, paid. */
public enum FundingStatus {

	REQUESTED, GRANTED, PAID

}
