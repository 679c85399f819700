package org.maillage.search.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.maillage.search.SearchType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the search page that change one filter and keep the others, so that facets are
 * plain links that work without JavaScript.
 */
public final class SearchLinks {

	private final SearchCriteria criteria;

	SearchLinks(SearchCriteria criteria) {
		this.criteria = criteria;
	}

	/** The same search with this kind added, or removed when it was selected. */
	public String toggleType(SearchType type) {
		Set<SearchType> types = new LinkedHashSet<>(criteria.types());
		if (!types.remove(type)) {
			types.add(type);
		}
		return build(new SearchCriteria(criteria.q(), types, criteria.themes(), criteria.territory(),
				criteria.licence(), criteria.maturity(), null));
	}

	public String withTheme(String theme) {
		Set<String> themes = new LinkedHashSet<>(criteria.themes());
		if (!themes.remove(theme)) {
			themes.add(theme);
		}
		return build(new SearchCriteria(criteria.q(), criteria.types(), themes, criteria.territory(),
				criteria.licence(), criteria.maturity(), null));
	}

	public String withTerritory(String territory) {
		return build(new SearchCriteria(criteria.q(), criteria.types(), criteria.themes(), territory,
				criteria.licence(), criteria.maturity(), null));
	}

	public String withLicence(String licence) {
		return build(new SearchCriteria(criteria.q(), criteria.types(), criteria.themes(), criteria.territory(),
				licence, criteria.maturity(), null));
	}

	public String withMaturity(String maturity) {
		return build(new SearchCriteria(criteria.q(), criteria.types(), criteria.themes(), criteria.territory(),
				criteria.licence(), maturity, null));
	}

	/** The suggested words, with the same filters. */
	public String withQuery(String q) {
		return build(criteria.withQ(q));
	}

	static String build(SearchCriteria c) {
		var uri = UriComponentsBuilder.fromPath("/recherche");
		if (c.q() != null) {
			uri.queryParam("q", c.q());
		}
		c.types().forEach(t -> uri.queryParam("type", SearchTypes.slug(t)));
		c.themes().forEach(t -> uri.queryParam("theme", t));
		if (c.territory() != null) {
			uri.queryParam("territory", c.territory());
		}
		if (c.licence() != null) {
			uri.queryParam("licence", c.licence());
		}
		if (c.maturity() != null) {
			uri.queryParam("maturity", c.maturity());
		}
		return uri.encode().build().toUriString();
	}

}
