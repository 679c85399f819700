/**
 * Shared kernel used by every module: domain exceptions carrying a message key, the
 * Markdown renderer, paging. No business rule lives here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Commun")
package org.maillage.common;

import org.springframework.modulith.ApplicationModule;
