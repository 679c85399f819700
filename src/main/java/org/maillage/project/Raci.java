package org.maillage.project;

/**
 * An organisation's part in an action in the who-does-what matrix: responsible, approver,
 * contributor, informed.
 */
public enum Raci {

	R, A, C, I

}
