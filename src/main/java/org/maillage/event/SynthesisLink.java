package org.maillage.event;

import jakarta.persistence.Embeddable;

/** A document of the synthesis given by link: slides, a mind map, a video, a resource. */
@Embeddable
public record SynthesisLink(String title, String url) {

}
