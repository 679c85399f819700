package org.maillage.project;

import java.util.Set;

/**
 * What the current viewer may do on one project, decided once by
 * {@link ProjectPermissions} and used by services (to refuse) and pages (to show links).
 *
 * @param see the project exists for the viewer
 * @param work a member of an accepted partner: works on the plan, actions, indicators
 * @param editProject an admin of the pilot or a co-pilot: edits the description,
 * committee and decisions
 * @param managePartners an admin of the pilot: invites partners and changes roles
 * @param editBudget an admin of the pilot, a co-pilot or a funder
 * @param answerable partner ids whose invitation the viewer may accept or decline
 */
public record ProjectAccess(boolean see, boolean work, boolean editProject, boolean managePartners, boolean editBudget,
		Set<Long> answerable) {

	public ProjectAccess {
		answerable = Set.copyOf(answerable);
	}

}
