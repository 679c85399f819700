/** The official French territories (COG): régions, départements, EPCI, communes. */
@ApplicationModule(displayName = "Territoires")
package org.maillage.territory;

import org.springframework.modulith.ApplicationModule;
