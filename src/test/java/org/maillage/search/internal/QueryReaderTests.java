package org.maillage.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maillage.search.internal.QueryReader.Concept;

/** How a query becomes ideas: elisions, common words, synonyms and their phrases. */
class QueryReaderTests {

	static final List<List<String>> SYNONYMS = List.of(
			List.of("EPCI", "intercommunalité", "communauté de communes", "communauté d'agglomération"),
			List.of("ESS", "économie sociale et solidaire"));

	@Test
	void elided_articles_and_common_words_are_not_ideas() {
		var query = QueryReader.read("L'animation d'un comité de pilotage", List.of());
		assertThat(query.concepts()).extracting(Concept::variants)
			.containsExactly(List.of("animation"), List.of("comité"), List.of("pilotage"));
	}

	@Test
	void a_query_of_common_words_only_keeps_them() {
		assertThat(QueryReader.read("qui", List.of()).concepts()).extracting(Concept::variants)
			.containsExactly(List.of("qui"));
	}

	@Test
	void a_word_brings_its_synonyms_whatever_its_accents_and_case() {
		var query = QueryReader.read("l'intercommunalite du Pilat", SYNONYMS);
		assertThat(query.concepts()).extracting(Concept::variants)
			.containsExactly(List.of("epci", "intercommunalité", "communauté de communes", "communauté agglomération"),
					List.of("pilat"));
	}

	@Test
	void a_phrase_is_recognised_as_one_idea() {
		var query = QueryReader.read("forum Économie sociale et solidaire", SYNONYMS);
		assertThat(query.concepts()).extracting(Concept::variants)
			.containsExactly(List.of("forum"), List.of("ess", "économie sociale et solidaire"));
		assertThat(query.words()).containsExactly("forum", "économie", "sociale", "solidaire");
	}

	@Test
	void typos_are_allowed_only_in_long_words() {
		assertThat(GlobalSearch.typosAllowed("pays")).isZero();
		assertThat(GlobalSearch.typosAllowed("pilat")).isEqualTo(1);
		assertThat(GlobalSearch.typosAllowed("coopérative")).isEqualTo(2);
		assertThat(Spelling.distance("cooperatvie", "cooperative")).isEqualTo(1);
		assertThat(Spelling.distance("pilat", "plat")).isEqualTo(1);
	}

}
