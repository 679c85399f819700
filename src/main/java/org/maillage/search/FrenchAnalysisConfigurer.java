package org.maillage.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * French analysis for every index: elisions ("l'économie" → "économie"), accents and case
 * folded, light French stemming (plurals), and a sort normalizer that ignores accents and
 * case.
 */
@Component("frenchAnalysisConfigurer")
public class FrenchAnalysisConfigurer implements LuceneAnalysisConfigurer {

	/** Full-text analyzer for French prose and names. */
	public static final String FRENCH = "french";

	/**
	 * Words as written, only lowercased (accents kept): where "did you mean" picks its
	 * suggestions.
	 */
	public static final String SPELLING = "spelling";

	/**
	 * Words folded (elisions, case and accents removed) but not stemmed: where typos are
	 * measured, so that an edit is an edit of what was written.
	 */
	public static final String FOLDED = "folded";

	/** Normalizer for sorting and faceting: lowercase, accents removed. */
	public static final String SORT = "sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(FRENCH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("elision")
			.param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("frenchLightStem");
		context.analyzer(FOLDED)
			.custom()
			.tokenizer("standard")
			.tokenFilter("elision")
			.param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
		context.analyzer(SPELLING)
			.custom()
			.tokenizer("standard")
			.tokenFilter("elision")
			.param("ignoreCase", "true")
			.tokenFilter("lowercase");
		context.normalizer(SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
