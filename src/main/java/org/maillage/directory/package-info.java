/**
 * The directory of actors: organisations, people's public profiles, memberships, themes,
 * map.
 */
@ApplicationModule(displayName = "Annuaire")
package org.maillage.directory;

import org.springframework.modulith.ApplicationModule;
