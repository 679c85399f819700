package org.maillage.project;

/** An organisation was invited into a project: its admins are told by e-mail. */
public record PartnerInvited(long projectId, String projectTitle, long organisationId, String organisationName,
		String invitedBy) {

}
