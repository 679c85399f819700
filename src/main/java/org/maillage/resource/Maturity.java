package org.maillage.resource;

/**
 * How far a resource has been tried: only an animator may mark it validated (who and when
 * are recorded).
 */
public enum Maturity {

	EXPERIMENTAL, TESTED, VALIDATED

}
