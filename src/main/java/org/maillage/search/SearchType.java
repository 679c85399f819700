package org.maillage.search;

/** The kinds of content the global search knows, each owned by one module. */
public enum SearchType {

	ORGANISATION, PERSON, PROJECT, EVENT, RESOURCE, KIT, PATH

}
