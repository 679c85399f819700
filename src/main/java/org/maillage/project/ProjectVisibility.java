package org.maillage.project;

/**
 * Who sees a project: everyone, signed-in members of the platform, or only the members of
 * its partner organisations.
 */
public enum ProjectVisibility {

	PUBLIC, MEMBERS, PARTNERS

}
