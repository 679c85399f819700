package org.maillage.search;

import java.util.Map;

/**
 * The labels of the theme codes used in {@link SearchEntry#themes()}, for the search's
 * facets. Implemented by the directory, which owns the taxonomy.
 */
public interface ThemeLabels {

	/** Label of every theme, by code. */
	Map<String, String> themeLabels();

}
