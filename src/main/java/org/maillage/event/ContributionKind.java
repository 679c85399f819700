package org.maillage.event;

/** What a participant brings to the synthesis. */
public enum ContributionKind {

	QUESTION, NEED, IDEA

}
