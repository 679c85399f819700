/**
 * Search across everything, French-aware. For now it owns the French analysis used by
 * every indexed entity (analyzer {@code french}, normalizer {@code sort}); the global
 * search page comes later.
 */
@ApplicationModule(displayName = "Recherche")
package org.maillage.search;

import org.springframework.modulith.ApplicationModule;
