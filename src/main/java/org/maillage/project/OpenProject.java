package org.maillage.project;

/** A project as the current viewer may see it, with what they may do on it. */
public record OpenProject(Project project, ProjectAccess can) {

	public long id() {
		return project.id();
	}

}
