/**
 * The resource centre: resources of every kind (tool sheets, case studies, guides,
 * templates, videos, mind maps, event syntheses, links) written by members and published
 * after an animator's review, with their versions, attachments, licence and maturity;
 * thematic kits downloadable as one ZIP; training paths with quizzes, progress and
 * certificates.
 */
@ApplicationModule(displayName = "Ressources")
package org.maillage.resource;

import org.springframework.modulith.ApplicationModule;
