package org.maillage.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.search.SearchHit;
import org.maillage.search.SearchType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search}: the same search as the page, as the caller sees it (a
 * visitor, or the owner of the bearer token). Pages start at 0.
 */
@RestController
class SearchApiController {

	record ApiHit(String type, String id, String title, String url, String snippet, Map<String, String> attributes) {

		static ApiHit of(SearchHit hit) {
			return new ApiHit(SearchTypes.slug(hit.type()), hit.id(), hit.title(), hit.url(), hit.snippetHtml(),
					hit.attributes());
		}

	}

	record ApiResults(String q, long total, int page, int size, int pages, List<ApiHit> hits,
			Map<String, Map<String, Long>> facets, String suggestion) {
	}

	private final GlobalSearch search;

	private final Viewers viewers;

	SearchApiController(GlobalSearch search, Viewers viewers) {
		this.search = search;
		this.viewers = viewers;
	}

	@GetMapping("/api/v1/search")
	ApiResults search(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> type,
			@RequestParam(required = false) List<String> theme, @RequestParam(required = false) String territory,
			@RequestParam(required = false) String licence, @RequestParam(required = false) String maturity,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		List<String> unknown = new ArrayList<>();
		Set<SearchType> types = SearchTypes.parseAll(type, unknown);
		if (!unknown.isEmpty()) {
			throw new InvalidSearchException("search.api.type.unknown", String.join(", ", unknown));
		}
		SearchCriteria criteria = new SearchCriteria(q, types, theme == null ? null : Set.copyOf(theme), territory,
				licence, maturity, null);
		var results = search.search(criteria, viewers.current(), page, size);
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		Map<String, Long> byType = new LinkedHashMap<>();
		results.types().forEach((t, n) -> byType.put(SearchTypes.slug(t), n));
		facets.put("type", byType);
		facets.put("theme", results.themes());
		facets.put("territory", results.territories());
		facets.put("licence", results.licences());
		facets.put("maturity", results.maturities());
		return new ApiResults(criteria.q(), results.total(), results.page(), results.size(), results.pages(),
				results.hits().stream().map(ApiHit::of).toList(), facets, results.suggestion());
	}

}
