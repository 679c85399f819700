/**
 * Search across everything, French-aware. Owns the French analysis used by every indexed
 * entity (analyzer {@code french}, normalizer {@code sort}) and the global search:
 * modules describe their items as {@link org.maillage.search.SearchEntry SearchEntry}s
 * through a {@link org.maillage.search.SearchSource SearchSource} and publish
 * {@link org.maillage.search.SearchEntryChanged SearchEntryChanged} when one changes; the
 * search module never depends on them.
 */
@ApplicationModule(displayName = "Recherche")
package org.maillage.search;

import org.springframework.modulith.ApplicationModule;
