package org.maillage.search.internal;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.maillage.search.SearchHit;
import org.maillage.search.SearchType;
import org.maillage.search.internal.QueryReader.Concept;
import org.maillage.search.internal.QueryReader.ReadQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The one search across everything. Every query carries the viewer's audience filter, so
 * hits, totals, facet counts, snippets and suggestions only come from what they may see.
 * Words are read with their synonyms; words of five letters or more also match with one
 * typo (two from eight letters), scored below exact matches.
 */
@Service
@Transactional(readOnly = true)
class GlobalSearch {

	static final int PAGE_SIZE = 20;

	/** Below this many exact results, typos are tolerated. */
	static final int FEW = 10;

	private static final int SNIPPET_LENGTH = 200;

	private static final AggregationKey<Map<SearchType, Long>> TYPES = AggregationKey.of("types");

	private static final AggregationKey<Map<String, Long>> THEMES = AggregationKey.of("themes");

	private static final AggregationKey<Map<String, Long>> TERRITORIES = AggregationKey.of("territories");

	private static final AggregationKey<Map<String, Long>> LICENCES = AggregationKey.of("licences");

	private static final AggregationKey<Map<String, Long>> MATURITIES = AggregationKey.of("maturities");

	private final EntityManager entityManager;

	private final SynonymService synonyms;

	private final Spelling spelling;

	GlobalSearch(EntityManager entityManager, SynonymService synonyms, Spelling spelling) {
		this.entityManager = entityManager;
		this.synonyms = synonyms;
		this.spelling = spelling;
	}

	/** A page (0-based) of results for this viewer, with facets. */
	SearchResults search(SearchCriteria criteria, Viewer viewer, int page, int size) {
		int safeSize = Math.clamp(size, 1, 100);
		int safePage = Math.clamp(page, 0, 10_000 / safeSize);
		ReadQuery query = QueryReader.read(criteria.q(), synonyms.groups());
		if (criteria.q() != null && query.isEmpty()) {
			return SearchResults.empty(safeSize);
		}
		var result = run(criteria, query, viewer, safePage, safeSize, false);
		if (result.total().hitCount() < FEW && query.words().stream().anyMatch(w -> typosAllowed(w) > 0)) {
			result = run(criteria, query, viewer, safePage, safeSize, true);
		}
		long total = result.total().hitCount();
		String suggestion = null;
		if (total == 0 && !query.isEmpty()) {
			suggestion = spelling.suggest(criteria.q(), query.words())
				.filter(s -> count(criteria.withQ(s), viewer) > 0)
				.orElse(null);
		}
		return new SearchResults(List.copyOf(result.hits()), total, safePage, safeSize, result.aggregation(TYPES),
				result.aggregation(THEMES), result.aggregation(TERRITORIES), result.aggregation(LICENCES),
				result.aggregation(MATURITIES), suggestion);
	}

	/**
	 * Exact words first; the typo-tolerant query only when they find fewer than
	 * {@link #FEW} items (typo matches rank below exact ones anyway, and long result
	 * lists do not pay for them).
	 */
	private SearchResult<SearchHit> run(SearchCriteria criteria, ReadQuery query, Viewer viewer, int page, int size,
			boolean typos) {
		return Search.session(entityManager)
			.search(SearchDocument.class)
			.select(f -> hitProjection(f))
			.where(f -> predicate(f, criteria, query, viewer, typos))
			.sort(f -> query.isEmpty() ? f.field("updatedAt").desc() : f.score().then().field("updatedAt").desc())
			.highlighter(h -> h.plain()
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML)
				.fragmentSize(SNIPPET_LENGTH)
				.numberOfFragments(1))
			.aggregation(TYPES, f -> f.terms().field("type", SearchType.class).maxTermCount(SearchType.values().length))
			.aggregation(THEMES, f -> f.terms().field("themes", String.class).maxTermCount(30))
			.aggregation(TERRITORIES, f -> f.terms().field("areas", String.class).maxTermCount(15))
			.aggregation(LICENCES, f -> f.terms().field("licence", String.class).maxTermCount(20))
			.aggregation(MATURITIES, f -> f.terms().field("maturity", String.class).maxTermCount(20))
			.fetch(page * size, size);
	}

	/** How many items match, as this viewer sees them (typos tolerated). */
	long count(SearchCriteria criteria, Viewer viewer) {
		ReadQuery query = QueryReader.read(criteria.q(), synonyms.groups());
		if (criteria.q() != null && query.isEmpty()) {
			return 0;
		}
		return Search.session(entityManager)
			.search(SearchDocument.class)
			.where(f -> predicate(f, criteria, query, viewer, true))
			.fetchTotalHitCount();
	}

	private static ProjectionFinalStep<SearchHit> hitProjection(SearchProjectionFactory<?, ?> f) {
		return f.composite()
			.from(f.field("type", SearchType.class), f.field("itemId", String.class), f.field("title", String.class),
					f.field("url", String.class), f.field("summary", String.class),
					f.field("attributes", String.class).list(), f.highlight(SearchDocument.SUMMARY),
					f.highlight(SearchDocument.TEXT))
			.asList(GlobalSearch::toHit);
	}

	@SuppressWarnings("unchecked")
	private static SearchHit toHit(List<?> values) {
		List<String> summaryHighlights = (List<String>) values.get(6);
		List<String> textHighlights = (List<String>) values.get(7);
		String snippet;
		if (!summaryHighlights.isEmpty()) {
			snippet = summaryHighlights.get(0);
		}
		else if (!textHighlights.isEmpty()) {
			snippet = textHighlights.get(0);
		}
		else {
			snippet = HtmlUtils.htmlEscape(shorten((String) values.get(4)));
		}
		return new SearchHit((SearchType) values.get(0), (String) values.get(1), (String) values.get(2),
				(String) values.get(3), snippet, attributes((List<String>) values.get(5)));
	}

	static Map<String, String> attributes(List<String> pairs) {
		Map<String, String> map = new java.util.TreeMap<>();
		for (String pair : pairs) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				map.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
		}
		return map;
	}

	static String shorten(String text) {
		if (text == null) {
			return "";
		}
		if (text.length() <= SNIPPET_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
		return text.substring(0, cut > 0 ? cut : SNIPPET_LENGTH) + " …";
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, SearchCriteria criteria, ReadQuery query,
			Viewer viewer, boolean typos) {
		return f.bool(b -> {
			if (query.isEmpty()) {
				b.must(f.matchAll());
			}
			for (Concept concept : query.concepts()) {
				b.must(f.bool(c -> concept.variants().forEach(v -> c.should(variant(f, v, typos)))));
			}
			PredicateFinalStep audience = Viewers.audience(f, viewer);
			if (audience != null) {
				b.filter(audience);
			}
			if (!criteria.types().isEmpty()) {
				b.filter(f.terms().field("type").matchingAny(criteria.types()));
			}
			if (!criteria.themes().isEmpty()) {
				b.filter(f.terms().field("themes").matchingAny(criteria.themes()));
			}
			if (criteria.territory() != null) {
				b.filter(f.match().field("territories").matching(criteria.territory()));
			}
			if (criteria.licence() != null) {
				b.filter(f.match().field("licence").matching(criteria.licence()));
			}
			if (criteria.maturity() != null) {
				b.filter(f.match().field("maturity").matching(criteria.maturity()));
			}
			criteria.attributes().forEach(a -> b.filter(f.match().field("attributes").matching(a)));
		});
	}

	/**
	 * A word matches exactly (title first, then summary, then text; French stemming) or,
	 * when long enough, with typos counted on the unstemmed words and a lower score; a
	 * phrase matches as a phrase.
	 */
	private static PredicateFinalStep variant(SearchPredicateFactory f, String variant, boolean typos) {
		if (variant.indexOf(' ') > 0) {
			return f.phrase()
				.field(SearchDocument.TITLE)
				.boost(3f)
				.field(SearchDocument.SUMMARY)
				.boost(1.5f)
				.field(SearchDocument.TEXT)
				.matching(variant);
		}
		var exact = textFields(f, "").matching(variant);
		int edits = typos ? typosAllowed(variant) : 0;
		if (edits == 0) {
			return exact;
		}
		return f.bool()
			.should(exact.boost(2f))
			.should(textFields(f, SearchDocument.PLAIN).matching(variant).fuzzy(edits, 1).boost(0.3f));
	}

	/**
	 * Title first, then summary, then text ({@code suffix}: which twin of the fields).
	 */
	private static MatchPredicateFieldMoreStep<?, ?> textFields(SearchPredicateFactory f, String suffix) {
		return f.match()
			.field(SearchDocument.TITLE + suffix)
			.boost(3f)
			.field(SearchDocument.SUMMARY + suffix)
			.boost(1.5f)
			.field(SearchDocument.TEXT + suffix);
	}

	/** One typo from five letters, two from eight; none for short words. */
	static int typosAllowed(String word) {
		int length = word.codePointCount(0, word.length());
		return length >= 8 ? 2 : (length >= 5 ? 1 : 0);
	}

}
