package org.maillage.project;

/** A partner appears as such only once its organisation has accepted the invitation. */
public enum PartnerStatus {

	INVITED, ACCEPTED, DECLINED

}
