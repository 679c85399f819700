/**
 * The shell every page lives in: layout, home page, language, error pages and the two
 * exception handlers (pages and API). Shared view helpers only; no business rule.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Web")
package org.maillage.web;

import org.springframework.modulith.ApplicationModule;
