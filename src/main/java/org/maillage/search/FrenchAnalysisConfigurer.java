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

	/** Prefix analyzer for autocomplete (edge n-grams over the French analysis). */
	public static final String FRENCH_PREFIX = "french_prefix";

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
		context.analyzer(FRENCH_PREFIX)
			.custom()
			.tokenizer("standard")
			.tokenFilter("elision")
			.param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("edgeNGram")
			.param("minGramSize", "1")
			.param("maxGramSize", "15");
		context.normalizer(SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
