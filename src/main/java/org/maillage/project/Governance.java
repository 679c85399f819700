package org.maillage.project;

import java.util.List;
import java.util.Set;

/**
 * The steering committee and the decision log of a project.
 *
 * @param openProfiles the committee members' accounts whose public profile the viewer may
 * open, so that their names link to it
 */
public record Governance(OpenProject open, List<CommitteeMember> committee, List<Decision> decisions,
		Set<Long> openProfiles) {

	public Governance {
		openProfiles = Set.copyOf(openProfiles);
	}

	/** Whether the member's name links to their profile in the directory. */
	public boolean linksToProfile(CommitteeMember member) {
		return member.userId() != null && openProfiles.contains(member.userId());
	}

}
