/**
 * Joint projects and action plans: partners (directory organisations that accepted an
 * invitation) and their roles, work packages and actions with who does what, progress and
 * history, milestones and timeline, indicators, budget and funding, steering committee
 * and decision log, dashboards, "my actions", exports and the API.
 */
@ApplicationModule(displayName = "Projets")
package org.maillage.project;

import org.springframework.modulith.ApplicationModule;
