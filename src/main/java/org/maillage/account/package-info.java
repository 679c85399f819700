/**
 * Users, login, invitations, roles and permissions, personal access tokens, personal
 * data.
 */
@ApplicationModule(displayName = "Comptes")
package org.maillage.account;

import org.springframework.modulith.ApplicationModule;
