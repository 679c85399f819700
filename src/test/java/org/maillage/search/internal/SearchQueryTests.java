package org.maillage.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.search.internal.SearchFixtures.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchHit;
import org.maillage.search.SearchType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding things the way people type: elided articles, missing accents, plurals,
 * synonyms, typos; snippets, facets, filters, paging; and the index following the
 * modules' changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SearchFixtures.class)
class SearchQueryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SearchFixtures.Items items;

	@Autowired
	GlobalSearch search;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	static String marker() {
		return "zq" + Long.toString(System.nanoTime(), 36);
	}

	private java.util.List<String> titles(String q, String marker) {
		return search.search(SearchCriteria.of(q + " " + marker), Viewer.VISITOR, 0, 20)
			.hits()
			.stream()
			.map(SearchHit::title)
			.toList();
	}

	@Test
	void elisions_missing_accents_plurals_and_typos_are_forgiven() {
		String marker = marker();
		items.put(entry(SearchType.ORGANISATION, "Communauté de communes des Monts " + marker,
				"L'intercommunalité porte les coopératives agricoles", "", SearchAudience.EVERYONE));
		assertThat(titles("intercommunalité", marker)).hasSize(1);
		assertThat(titles("l'intercommunalite", marker)).hasSize(1);
		assertThat(titles("cooperative", marker)).hasSize(1);
		assertThat(titles("coopératives", marker)).hasSize(1);
		assertThat(titles("cooperatvie", marker)).as("a typo in a long word").hasSize(1);
		assertThat(titles("interkommunalite", marker)).as("a typo in a long word").hasSize(1);
		assertThat(titles("mont", marker)).hasSize(1);
		assertThat(titles("monde", marker)).as("no typo allowed in short words").isEmpty();
	}

	@Test
	void exact_matches_rank_above_typo_matches() {
		String marker = marker();
		items.put(entry(SearchType.RESOURCE, "Guide du compostage " + marker, "", "", SearchAudience.EVERYONE));
		items.put(entry(SearchType.RESOURCE, "Guide du compostege " + marker, "", "", SearchAudience.EVERYONE));
		assertThat(titles("compostage", marker)).containsExactly("Guide du compostage " + marker,
				"Guide du compostege " + marker);
	}

	@Test
	void synonyms_apply_at_once_without_reindexing() throws Exception {
		String marker = marker();
		items.put(entry(SearchType.RESOURCE, "Guide pour une intercommunalité " + marker, "", "",
				SearchAudience.EVERYONE));
		items.put(entry(SearchType.PROJECT, "Forum de l'économie sociale et solidaire " + marker, "", "",
				SearchAudience.EVERYONE));
		assertThat(titles("EPCI", marker)).containsExactly("Guide pour une intercommunalité " + marker);
		assertThat(titles("ESS", marker)).containsExactly("Forum de l'économie sociale et solidaire " + marker);
		String word = "zsyn" + Long.toString(System.nanoTime(), 36);
		assertThat(titles(word, marker)).isEmpty();
		var admin = TestAccounts.create(context, Role.ADMIN);
		mvc.perform(post("/admin/synonymes").with(TestAccounts.as(admin)).with(csrf()).param("terms", word + ", forum"))
			.andExpect(status().is3xxRedirection());
		assertThat(titles(word, marker)).containsExactly("Forum de l'économie sociale et solidaire " + marker);
	}

	@Test
	void snippets_highlight_the_words_and_escape_the_rest() throws Exception {
		String marker = marker();
		items.put(entry(SearchType.RESOURCE, "Atelier " + marker, "",
				"Avant <script>alert(1)</script> la coopération " + marker + " après", SearchAudience.EVERYONE));
		mvc.perform(get("/recherche").param("q", "coopération " + marker))
			.andExpect(content().string(Matchers.containsString("<mark>coopération</mark>")))
			.andExpect(content().string(Matchers.containsString("&lt;script&gt;")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))));
	}

	@Test
	void did_you_mean_proposes_known_words_when_nothing_matches() throws Exception {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		String word = "zx" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)) + "ko";
		String typo = "xz" + word.substring(2, 4) + "ok";
		items.put(entry(SearchType.RESOURCE, "Le " + word + " des territoires", "", "", SearchAudience.EVERYONE));
		mvc.perform(get("/recherche").param("q", "territoires " + typo))
			.andExpect(content().string(Matchers.containsString("Aucun résultat")))
			.andExpect(content().string(Matchers.containsString("Vouliez-vous dire")))
			.andExpect(content().string(Matchers.containsString(">territoires " + word + "<")));
		mvc.perform(get("/api/v1/search").param("q", "territoires " + typo))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.suggestion").value("territoires " + word));
	}

	@Test
	void facets_count_the_whole_result_and_filters_narrow_it() throws Exception {
		String marker = marker();
		for (int i = 0; i < 23; i++) {
			items.put(entry(i < 20 ? SearchType.RESOURCE : SearchType.EVENT, "Rencontre " + marker + " " + i, "", "",
					Set.of(i < 5 ? "alimentation" : "mobilite"), Set.of(i < 3 ? "com:42168" : "com:75056"),
					Map.of("licence", "CC_BY", "maturity", i < 2 ? "VALIDATED" : "TESTED"), SearchAudience.EVERYONE));
		}
		var all = search.search(SearchCriteria.of(marker), Viewer.VISITOR, 0, 20);
		assertThat(all.total()).isEqualTo(23);
		assertThat(all.hits()).hasSize(20);
		assertThat(all.types()).containsEntry(SearchType.RESOURCE, 20L).containsEntry(SearchType.EVENT, 3L);
		assertThat(all.themes()).containsEntry("alimentation", 5L).containsEntry("mobilite", 18L);
		assertThat(all.maturities()).containsEntry("VALIDATED", 2L);
		assertThat(all.territories()).containsEntry("dep:42", 3L)
			.containsEntry("reg:84", 3L)
			.doesNotContainKey("com:42168");
		var byDepartement = search.search(new SearchCriteria(marker, Set.of(), Set.of(), "dep:42", null, null, null),
				Viewer.VISITOR, 0, 20);
		assertThat(byDepartement.total()).isEqualTo(3);
		var events = search.search(
				new SearchCriteria(marker, Set.of(SearchType.EVENT), Set.of(), null, null, null, null), Viewer.VISITOR,
				0, 20);
		assertThat(events.total()).isEqualTo(3);
		mvc.perform(get("/recherche").param("q", marker).param("type", "evenement").param("maturity", "TESTED"))
			.andExpect(content().string(Matchers.containsString("3 résultats")));
		mvc.perform(get("/recherche").param("q", marker).param("page", "2"))
			.andExpect(content().string(Matchers.containsString("23 résultats")))
			.andExpect(content().string(Matchers.containsString("Page 2 sur 2")));
		mvc.perform(get("/recherche").param("q", marker).param("page", "abc").param("type", "inconnu"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/search").param("q", marker).param("type", "inconnu"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("Type inconnu")));
		mvc.perform(get("/api/v1/search").param("q", marker).param("page", "x")).andExpect(status().isBadRequest());
	}

	@Test
	void the_index_follows_changes_announced_by_modules() {
		String marker = marker();
		var entry = entry(SearchType.EVENT, "Journée d'échanges " + marker, "", "", SearchAudience.EVERYONE);
		items.putQuietly(entry);
		announce(entry.type(), entry.id());
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> titles("journée", marker).size() == 1);
		announce(entry.type(), entry.id());
		items.remove(entry.type(), entry.id());
		announce(entry.type(), entry.id());
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> titles("journée", marker).isEmpty());
	}

	@Test
	void the_directory_feeds_organisations_and_public_profiles_and_forgets_them() throws Exception {
		String marker = marker();
		var user = TestAccounts.create(context);
		String location = mvc
			.perform(post("/annuaire/organisations/nouvelle").with(TestAccounts.as(user))
				.with(csrf())
				.param("name", "Coopérative des Jardins " + marker)
				.param("kind", "COOPERATIVE")
				.param("shortDescription", "Maraîchage et circuits courts")
				.param("confirmDuplicates", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> titles("jardin", marker).size() == 1);
		mvc.perform(post(location + "/supprimer").with(TestAccounts.as(user)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> titles("jardin", marker).isEmpty());
		mvc.perform(post("/annuaire/mon-profil").with(TestAccounts.as(user))
			.with(csrf())
			.param("function", "Animatrice " + marker)
			.param("skills", "facilitation")
			.param("visibility", "PUBLIC"));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> titles("animatrice", marker).contains(user.displayName()));
		mvc.perform(post("/annuaire/mon-profil").with(TestAccounts.as(user))
			.with(csrf())
			.param("function", "Animatrice " + marker)
			.param("visibility", "HIDDEN"));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> titles("animatrice", marker).isEmpty());
	}

	private void announce(SearchType type, String id) {
		transactions.executeWithoutResult(status -> events.publishEvent(new SearchEntryChanged(type, id)));
	}

}
