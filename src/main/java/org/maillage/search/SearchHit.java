package org.maillage.search;

import java.util.Map;

/**
 * One result of the global search or of similar content, already filtered by what the
 * viewer may see.
 *
 * @param type the kind of item
 * @param id the item's id within its module
 * @param title the item's title
 * @param url the item's page, relative to the site
 * @param snippetHtml an escaped snippet where the matched words are wrapped in
 * {@code <mark>}, safe to insert unescaped
 * @param attributes the entry's facet attributes (licence, maturity, status...)
 */
public record SearchHit(SearchType type, String id, String title, String url, String snippetHtml,
		Map<String, String> attributes) {

}
