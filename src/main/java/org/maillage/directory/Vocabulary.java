package org.maillage.directory;

/** The two taxonomies of the directory. */
public enum Vocabulary {

	THEME, COMPETENCY

}
