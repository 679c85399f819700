package org.maillage.directory;

/**
 * Who sees an organisation or a profile. {@code MEMBERS}: logged-in members only,
 * invisible to visitors everywhere (lists, counts, pages, API, search). {@code HIDDEN}:
 * only for profiles.
 */
public enum Visibility {

	PUBLIC, MEMBERS, HIDDEN

}
