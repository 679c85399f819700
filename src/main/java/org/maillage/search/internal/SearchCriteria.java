package org.maillage.search.internal;

import java.util.Set;

import org.maillage.search.SearchType;

/**
 * What a person asks the global search: words, and filters on the facets.
 *
 * @param q the words typed (may be blank: then everything matching the filters, newest
 * first)
 * @param types kinds of items (all when empty)
 * @param themes theme codes (any of them)
 * @param territory a territory id: items about it or about a place inside it
 * @param licence a licence code
 * @param maturity a maturity code
 * @param attributes other attributes the items must have, as {@code name=value}
 */
public record SearchCriteria(String q, Set<SearchType> types, Set<String> themes, String territory, String licence,
		String maturity, Set<String> attributes) {

	public SearchCriteria {
		q = (q == null || q.isBlank()) ? null : q.strip();
		types = (types == null) ? Set.of() : Set.copyOf(types);
		themes = (themes == null) ? Set.of() : Set.copyOf(themes);
		territory = blankToNull(territory);
		licence = blankToNull(licence);
		maturity = blankToNull(maturity);
		attributes = (attributes == null) ? Set.of() : Set.copyOf(attributes);
	}

	static SearchCriteria of(String q) {
		return new SearchCriteria(q, null, null, null, null, null, null);
	}

	SearchCriteria withQ(String other) {
		return new SearchCriteria(other, types, themes, territory, licence, maturity, attributes);
	}

	public boolean isEmpty() {
		return q == null && types.isEmpty() && themes.isEmpty() && territory == null && licence == null
				&& maturity == null && attributes.isEmpty();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
