package org.maillage.project;

import java.util.List;

/** The steering committee and the decision log of a project. */
public record Governance(OpenProject open, List<CommitteeMember> committee, List<Decision> decisions) {

}
