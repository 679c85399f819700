package org.maillage.search.internal;

import java.util.List;
import java.util.Map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.maillage.search.SearchHit;
import org.maillage.search.SearchType;
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

	static final String INDEX = "search_document";

	private static final String TYPE = "type";

	private static final String THEMES = "themes";

	private static final String AREAS = "areas";

	private static final String LICENCE = "licence";

	private static final String MATURITY = "maturity";

	private static final List<FacetCounts.Facet> FACETS = List.of(
			new FacetCounts.Facet(TYPE, SearchType.values().length), new FacetCounts.Facet(THEMES, 30),
			new FacetCounts.Facet(AREAS, 15), new FacetCounts.Facet(LICENCE, 20), new FacetCounts.Facet(MATURITY, 20));

	private final FacetCounts facetCounts = new FacetCounts(FACETS);

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final SynonymService synonyms;

	private final Spelling spelling;

	private volatile Analyzer analyzer;

	GlobalSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, SynonymService synonyms,
			Spelling spelling) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
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
		FacetCounts.Counts counts;
		List<SearchHit> hits;
		try (IndexReader reader = index().openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Query matching = searcher.rewrite(MatchingQuery.of(analyzer(), criteria, query, viewer, false));
			counts = facetCounts.count(searcher, matching);
			if (counts.total() < FEW && query.words().stream().anyMatch(w -> typosAllowed(w) > 0)) {
				// typo-tolerant words are expanded once here, not again for every hit's
				// snippet
				matching = searcher.rewrite(MatchingQuery.of(analyzer(), criteria, query, viewer, true));
				counts = facetCounts.count(searcher, matching);
			}
			boolean pageExists = counts.total() > 0 && (long) safePage * safeSize < counts.total();
			hits = pageExists ? hits(matching, query.isEmpty(), safePage, safeSize) : List.of();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		long total = counts.total();
		String suggestion = null;
		if (total == 0 && !query.isEmpty()) {
			suggestion = spelling.suggest(criteria.q(), query.words())
				.filter(s -> count(criteria.withQ(s), viewer) > 0)
				.orElse(null);
		}
		Map<SearchType, Long> types = new LinkedHashMap<>();
		counts.of(TYPE).forEach((type, n) -> types.put(SearchType.valueOf(type), n));
		return new SearchResults(List.copyOf(hits), total, safePage, safeSize, types, counts.of(THEMES),
				counts.of(AREAS), counts.of(LICENCE), counts.of(MATURITY), suggestion);
	}

	/**
	 * One page of hits, best first (typo matches rank below exact ones); without words,
	 * newest first. The total is known already, so the query may skip whatever cannot
	 * reach the page (Lucene's block-max scoring) instead of scoring every match.
	 */
	private List<SearchHit> hits(Query query, boolean newestFirst, int page, int size) {
		return Search.session(entityManager)
			.search(SearchDocument.class)
			.select(f -> hitProjection(f))
			.where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(query))
			.sort(f -> newestFirst ? f.field("updatedAt").desc() : f.score())
			.highlighter(h -> h.plain()
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML)
				.fragmentSize(SNIPPET_LENGTH)
				.numberOfFragments(1))
			.totalHitCountThreshold((long) (page + 1) * size)
			.fetchHits(page * size, size);
	}

	/** How many items match, as this viewer sees them (typos tolerated). */
	long count(SearchCriteria criteria, Viewer viewer) {
		ReadQuery query = QueryReader.read(criteria.q(), synonyms.groups());
		if (criteria.q() != null && query.isEmpty()) {
			return 0;
		}
		try (IndexReader reader = index().openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			return searcher.count(MatchingQuery.of(analyzer(), criteria, query, viewer, true));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private LuceneIndexScope index() {
		return Search.mapping(entityManagerFactory).scope(SearchDocument.class).extension(LuceneExtension.get());
	}

	private Analyzer analyzer() {
		Analyzer known = analyzer;
		if (known == null) {
			known = Search.mapping(entityManagerFactory)
				.indexManager(INDEX)
				.unwrap(LuceneIndexManager.class)
				.searchAnalyzer();
			analyzer = known;
		}
		return known;
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

	/** One typo from five letters, two from eight; none for short words. */
	static int typosAllowed(String word) {
		int length = word.codePointCount(0, word.length());
		return length >= 8 ? 2 : (length >= 5 ? 1 : 0);
	}

}
