/**
 * Outgoing mail: real SMTP when configured, otherwise an outbox the instance admin can
 * read.
 */
@ApplicationModule(displayName = "Courriel")
package org.maillage.mail;

import org.springframework.modulith.ApplicationModule;
