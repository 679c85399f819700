package org.maillage.search;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What a module tells the global search about one of its items: the text to search, the
 * facets, the link, and who may see it. Only what may be shown to the audience goes here.
 *
 * @param type the kind of item
 * @param id the item's id within its module
 * @param title shown as the result's title
 * @param summary a short plain-text summary (snippets come from it and from {@code text})
 * @param text the rest of the searchable plain text (Markdown stripped or not, it is
 * analysed as French prose)
 * @param url the item's page, relative to the site (e.g. {@code /projets/12})
 * @param themes theme codes of the directory taxonomy
 * @param territories territory ids ({@code com:42168}, {@code dep:42}...) the item is
 * about
 * @param attributes other facets by name: {@code licence}, {@code maturity},
 * {@code status}, {@code kind}, {@code format}... values are codes
 * @param audience who may see it
 * @param updatedAt last change, for sorting and freshness
 */
public record SearchEntry(SearchType type, String id, String title, String summary, String text, String url,
		Set<String> themes, Set<String> territories, Map<String, String> attributes, SearchAudience audience,
		Instant updatedAt) {

	public SearchEntry {
		themes = (themes != null) ? Set.copyOf(themes) : Set.of();
		territories = (territories != null) ? Set.copyOf(territories) : Set.of();
		attributes = (attributes != null) ? Map.copyOf(attributes) : Map.of();
		summary = (summary != null) ? summary : "";
		text = (text != null) ? text : "";
	}

}
