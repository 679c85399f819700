package org.maillage.resource;

/** A draft is seen by its authors and animators only; in review, by animators too. */
public enum PublicationStatus {

	DRAFT, IN_REVIEW, PUBLISHED

}
