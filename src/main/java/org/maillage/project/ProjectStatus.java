package org.maillage.project;

/** Where a project stands in its life. */
public enum ProjectStatus {

	IDEA, PREPARATION, RUNNING, FINISHED, ABANDONED

}
