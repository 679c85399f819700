package org.maillage.resource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.maillage.directory.Visibility;

/**
 * The content of a resource as written by its author: what a form or an API body carries,
 * and what each version keeps as a snapshot.
 */
public record ResourceCommand(String title, String summary, String body, Map<String, String> fields, String link,
		String audience, Licence licence, Maturity maturity, String language, Visibility visibility, Set<String> themes,
		Set<String> territories, Set<Long> organisations, Set<Long> actors) {

	public ResourceCommand {
		title = title == null ? "" : title.strip();
		summary = blankToNull(summary);
		body = blankToNull(body);
		fields = fields == null ? Map.of() : new LinkedHashMap<>(fields);
		link = blankToNull(link);
		audience = blankToNull(audience);
		licence = licence == null ? Licence.CC_BY_SA : licence;
		maturity = maturity == null ? Maturity.EXPERIMENTAL : maturity;
		language = language == null || language.isBlank() ? "fr" : language.strip();
		visibility = visibility == null ? Visibility.PUBLIC : visibility;
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		territories = territories == null ? Set.of() : Set.copyOf(territories);
		organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
		actors = actors == null ? Set.of() : Set.copyOf(actors);
	}

	/** The resource's current content, as a command (and as a version's snapshot). */
	public static ResourceCommand of(Resource r) {
		return new ResourceCommand(r.title(), r.summary(), r.body(), r.fields(), r.link(), r.audience(), r.licence(),
				r.maturity(), r.language(), r.visibility(), r.themes(), r.territories(), r.organisations(), r.actors());
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
