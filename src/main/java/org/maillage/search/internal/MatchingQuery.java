package org.maillage.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.maillage.search.internal.QueryReader.Concept;
import org.maillage.search.internal.QueryReader.ReadQuery;

/**
 * The Lucene query of a search, written once and used twice: for the page of hits
 * (through Hibernate Search, which scores, highlights and projects) and for the total and
 * facet counts ({@link FacetCounts}, which only visits). It carries the viewer's audience
 * filter, so counts and hits come from the same documents.
 * <p>
 * Words are analysed by the index's own analyzers: title first, then summary, then text;
 * a long word also matches with typos on the unstemmed twins, scored lower; a phrase
 * matches as a phrase.
 */
final class MatchingQuery {

	private static final float TITLE_BOOST = 3f;

	private static final float SUMMARY_BOOST = 1.5f;

	private MatchingQuery() {
	}

	/**
	 * @param analyzer the index's search analyzer (it picks each field's own)
	 */
	static Query of(Analyzer analyzer, SearchCriteria criteria, ReadQuery query, Viewer viewer, boolean typos) {
		var root = new BooleanQuery.Builder();
		if (query.isEmpty()) {
			root.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		QueryBuilder builder = new QueryBuilder(analyzer);
		for (Concept concept : query.concepts()) {
			var anyVariant = new BooleanQuery.Builder();
			for (String variant : concept.variants()) {
				Query q = variant(builder, analyzer, variant, typos);
				if (q != null) {
					anyVariant.add(q, Occur.SHOULD);
				}
			}
			BooleanQuery variants = anyVariant.build();
			root.add(variants.clauses().isEmpty() ? new MatchNoDocsQuery() : variants, Occur.MUST);
		}
		Query audience = audience(viewer);
		if (audience != null) {
			root.add(audience, Occur.FILTER);
		}
		if (!criteria.types().isEmpty()) {
			root.add(anyOf("type", criteria.types().stream().map(Enum::name).toList()), Occur.FILTER);
		}
		if (!criteria.themes().isEmpty()) {
			root.add(anyOf("themes", criteria.themes()), Occur.FILTER);
		}
		if (criteria.territory() != null) {
			root.add(new TermQuery(new Term("territories", criteria.territory())), Occur.FILTER);
		}
		if (criteria.licence() != null) {
			root.add(new TermQuery(new Term("licence", criteria.licence())), Occur.FILTER);
		}
		if (criteria.maturity() != null) {
			root.add(new TermQuery(new Term("maturity", criteria.maturity())), Occur.FILTER);
		}
		criteria.attributes().forEach(a -> root.add(new TermQuery(new Term("attributes", a)), Occur.FILTER));
		return root.build();
	}

	/**
	 * Who may see a document: everyone; any signed-in member; members of its
	 * organisations; its people. {@code null} for administrators, who see everything.
	 */
	static Query audience(Viewer viewer) {
		if (viewer.admin()) {
			return null;
		}
		if (!viewer.signedIn()) {
			return IntPoint.newExactQuery("everyone", 1);
		}
		var any = new BooleanQuery.Builder();
		any.add(IntPoint.newExactQuery("members", 1), Occur.SHOULD);
		any.add(new TermQuery(new Term("users", String.valueOf(viewer.userId()))), Occur.SHOULD);
		if (!viewer.organisationIds().isEmpty()) {
			any.add(anyOf("organisations", viewer.organisationIds().stream().map(String::valueOf).toList()),
					Occur.SHOULD);
		}
		return any.build();
	}

	private static Query anyOf(String field, Collection<String> values) {
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

	private static Query variant(QueryBuilder builder, Analyzer analyzer, String variant, boolean typos) {
		if (variant.indexOf(' ') > 0) {
			return inTextFields(field -> builder.createPhraseQuery(field, variant), "");
		}
		Query exact = inTextFields(field -> builder.createBooleanQuery(field, variant), "");
		int edits = typos ? GlobalSearch.typosAllowed(variant) : 0;
		if (edits == 0 || exact == null) {
			return exact;
		}
		Query fuzzy = inTextFields(field -> fuzzy(analyzer, field, variant, edits), SearchDocument.PLAIN);
		var either = new BooleanQuery.Builder().add(new BoostQuery(exact, 2f), Occur.SHOULD);
		if (fuzzy != null) {
			either.add(new BoostQuery(fuzzy, 0.3f), Occur.SHOULD);
		}
		return either.build();
	}

	/** The same query on the title, the summary and the text (or their twins). */
	private static Query inTextFields(java.util.function.Function<String, Query> perField, String suffix) {
		var any = new BooleanQuery.Builder();
		add(any, perField.apply(SearchDocument.TITLE + suffix), TITLE_BOOST);
		add(any, perField.apply(SearchDocument.SUMMARY + suffix), SUMMARY_BOOST);
		add(any, perField.apply(SearchDocument.TEXT + suffix), 1f);
		BooleanQuery built = any.build();
		return built.clauses().isEmpty() ? null : built;
	}

	private static void add(BooleanQuery.Builder any, Query query, float boost) {
		if (query != null) {
			any.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
		}
	}

	/** Each word of the text, with up to {@code edits} typos (the first letter kept). */
	private static Query fuzzy(Analyzer analyzer, String field, String text, int edits) {
		List<String> tokens = tokens(analyzer, field, text);
		if (tokens.isEmpty()) {
			return null;
		}
		var any = new BooleanQuery.Builder();
		tokens.forEach(t -> any.add(new FuzzyQuery(new Term(field, t), edits, 1), Occur.SHOULD));
		return any.build();
	}

	private static List<String> tokens(Analyzer analyzer, String field, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return tokens;
	}

}
