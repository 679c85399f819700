package org.maillage.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchHit;
import org.maillage.search.SearchType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search quality set: a fixed corpus of realistic French items of every kind
 * ({@code search/corpus.json}), indexed through the real module, and queries people type
 * with the items they expect first ({@code search/quality.tsv}: elisions, missing
 * accents, plurals, synonyms, typos, several words, type filters). Precision@5 of a query
 * is the share of its expected items among the first five results, out of at most five;
 * the test prints the mean and fails below {@link #THRESHOLD}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SearchFixtures.class)
class SearchQualityTests {

	static final double THRESHOLD = 0.8;

	record CorpusItem(String key, SearchType type, String title, String summary, String text, List<String> themes,
			List<String> territories, Map<String, String> attributes) {
	}

	record Judgement(String query, Set<String> relevant, SearchType type, String note) {
	}

	@Autowired
	SearchFixtures.Items items;

	@Autowired
	GlobalSearch search;

	@Test
	void precision_at_5_of_the_quality_set_is_above_the_threshold() throws IOException {
		String corpus = "corpus=" + Long.toString(System.nanoTime(), 36);
		Map<String, String> keyById = new HashMap<>();
		for (CorpusItem item : corpus()) {
			Map<String, String> attributes = new HashMap<>(item.attributes());
			attributes.put("corpus", corpus.substring("corpus=".length()));
			String id = SearchFixtures.Items.nextId();
			keyById.put(item.type() + ":" + id, item.key());
			items.put(new SearchEntry(item.type(), id, item.title(), item.summary(), item.text(), "/corpus/" + id,
					Set.copyOf(item.themes()), Set.copyOf(item.territories()), attributes, SearchAudience.EVERYONE,
					Instant.now()));
		}
		List<Judgement> judgements = judgements();
		assertThat(judgements).hasSizeGreaterThanOrEqualTo(40);
		double sum = 0;
		List<String> report = new ArrayList<>();
		for (Judgement judgement : judgements) {
			var criteria = new SearchCriteria(judgement.query(),
					judgement.type() == null ? Set.of() : Set.of(judgement.type()), Set.of(), null, null, null,
					Set.of(corpus));
			List<String> top = search.search(criteria, Viewer.VISITOR, 0, 5)
				.hits()
				.stream()
				.map((SearchHit hit) -> keyById.getOrDefault(hit.type() + ":" + hit.id(), "?"))
				.toList();
			long found = top.stream().filter(judgement.relevant()::contains).count();
			double precision = (double) found / Math.min(5, judgement.relevant().size());
			sum += precision;
			report.add(String.format("%.2f  %-40s %s", precision,
					judgement.query() + (judgement.type() != null ? " [" + judgement.type() + "]" : ""), top));
		}
		double mean = sum / judgements.size();
		System.out.println("Search quality set, per query (precision@5, query, top five):");
		report.forEach(line -> System.out.println("  " + line));
		System.out.printf("Search quality: precision@5 = %.3f over %d queries (threshold %.2f)%n", mean,
				judgements.size(), THRESHOLD);
		assertThat(mean).as("precision@5 over the quality set").isGreaterThanOrEqualTo(THRESHOLD);
	}

	private static List<CorpusItem> corpus() throws IOException {
		try (InputStream in = SearchQualityTests.class.getResourceAsStream("/search/corpus.json")) {
			return Arrays.asList(JsonMapper.builder().build().readValue(in, CorpusItem[].class));
		}
	}

	private static List<Judgement> judgements() throws IOException {
		try (InputStream in = SearchQualityTests.class.getResourceAsStream("/search/quality.tsv")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(line -> {
				String[] cells = line.split("\t", -1);
				return new Judgement(cells[0], Set.of(cells[1].split(",")),
						cells.length > 2 && !cells[2].isBlank() ? SearchType.valueOf(cells[2]) : null,
						cells.length > 3 ? cells[3] : "");
			}).toList();
		}
	}

}
