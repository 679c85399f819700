package org.maillage.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.maillage.search.FrenchAnalysisConfigurer;
import org.maillage.search.SearchHit;
import org.maillage.search.SearchType;
import org.maillage.search.SimilarContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * "Ressources proches": Lucene's MoreLikeThis over the title, summary and text of the
 * reference item, as the viewer sees the index (audience filter), the item itself
 * excluded. Nothing is returned for an item the viewer may not see.
 */
@Service
@Transactional(readOnly = true)
class MoreLikeThisContent implements SimilarContent {

	private static final String[] FIELDS = { SearchDocument.TITLE, SearchDocument.SUMMARY, SearchDocument.TEXT };

	private final EntityManager entityManager;

	private final SearchDocumentRepository documents;

	private final Viewers viewers;

	MoreLikeThisContent(EntityManager entityManager, SearchDocumentRepository documents, Viewers viewers) {
		this.entityManager = entityManager;
		this.documents = documents;
		this.viewers = viewers;
	}

	@Override
	public List<SearchHit> similarTo(SearchType type, String id, Set<SearchType> among, int limit) {
		Viewer viewer = viewers.current();
		var reference = documents.findByTypeAndItemId(type, id).filter(d -> visible(d, viewer));
		if (reference.isEmpty() || limit <= 0) {
			return List.of();
		}
		Query like = likeQuery(reference.get());
		if (like == null) {
			return List.of();
		}
		return Search.session(entityManager).search(SearchDocument.class).where(f -> f.bool(b -> {
			b.must(f.extension(LuceneExtension.get()).fromLuceneQuery(like));
			b.mustNot(f.id().matching(reference.get().id()));
			Query audience = MatchingQuery.audience(viewer);
			if (audience != null) {
				b.filter(f.extension(LuceneExtension.get()).fromLuceneQuery(audience));
			}
			if (among != null && !among.isEmpty()) {
				b.filter(f.terms().field("type").matchingAny(among));
			}
		}))
			.fetchHits(Math.min(limit, 50))
			.stream()
			.map(d -> new SearchHit(d.type(), d.itemId(), d.title(), d.url(),
					HtmlUtils.htmlEscape(GlobalSearch.shorten(d.summary())), d.attributes()))
			.toList();
	}

	private Query likeQuery(SearchDocument reference) {
		var mapping = Search.mapping(entityManager.getEntityManagerFactory());
		Analyzer analyzer = mapping.backend()
			.unwrap(LuceneBackend.class)
			.analyzer(FrenchAnalysisConfigurer.FRENCH)
			.orElseThrow();
		try (IndexReader reader = mapping.scope(SearchDocument.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			MoreLikeThis moreLikeThis = new MoreLikeThis(reader);
			moreLikeThis.setAnalyzer(analyzer);
			moreLikeThis.setFieldNames(FIELDS);
			moreLikeThis.setMinTermFreq(1);
			moreLikeThis.setMinDocFreq(1);
			moreLikeThis.setMinWordLen(3);
			moreLikeThis.setMaxQueryTerms(25);
			moreLikeThis.setStopWords(QueryReader.STOP_WORDS);
			moreLikeThis.setBoost(true);
			Map<String, Collection<Object>> fields = new LinkedHashMap<>();
			fields.put(SearchDocument.TITLE, values(reference.title()));
			fields.put(SearchDocument.SUMMARY, values(reference.summary()));
			fields.put(SearchDocument.TEXT, values(reference.text()));
			Query query = moreLikeThis.like(fields);
			return (query instanceof BooleanQuery bool && bool.clauses().isEmpty()) ? null : query;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Collection<Object> values(String text) {
		List<Object> values = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			values.add(text);
		}
		return values;
	}

	static boolean visible(SearchDocument document, Viewer viewer) {
		if (viewer.admin() || document.everyone()) {
			return true;
		}
		if (!viewer.signedIn()) {
			return false;
		}
		return document.members() || document.audienceUsers().contains(String.valueOf(viewer.userId()))
				|| viewer.organisationIds()
					.stream()
					.anyMatch(o -> document.audienceOrganisations().contains(String.valueOf(o)));
	}

}
