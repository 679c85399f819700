package org.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.directory.DirectoryTestSupport.create;
import static org.maillage.directory.DirectoryTestSupport.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Finding organisations: French words, territories up and down the hierarchy, facets,
 * visibility.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectorySearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganisationSearch search;

	@Test
	void french_plurals_accents_and_elisions_are_found() throws Exception {
		var user = TestAccounts.create(context);
		String marker = "zq" + Long.toString(System.nanoTime(), 36);
		long id = create(mvc, user, unique("Maison des coopérations " + marker),
				Map.of("shortDescription", "Acteur de L'économie locale " + marker));
		mvc.perform(get("/annuaire").param("q", "coopération " + marker))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/annuaire/organisations/" + id + "\"")));
		mvc.perform(get("/annuaire").param("q", "economie " + marker))
			.andExpect(content().string(Matchers.containsString("/annuaire/organisations/" + id + "\"")));
		mvc.perform(get("/api/v1/organisations").param("q", "economie " + marker))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
	}

	@Test
	void a_department_filter_finds_organisations_of_its_communes_and_a_commune_filter_those_of_its_department()
			throws Exception {
		var user = TestAccounts.create(context);
		String marker = "zh" + Long.toString(System.nanoTime(), 36);
		long inPelussin = create(mvc, user, unique("Jardins " + marker), Map.of("commune", "com:42168"));
		long inLoire = create(mvc, user, unique("Réseau " + marker), Map.of("territories", "dep:42"));
		long elsewhere = create(mvc, user, unique("Ailleurs " + marker), Map.of("commune", "com:75056"));
		var byDepartement = search.search(new OrganisationCriteria(marker, null, null, null, "dep:42", null), 0, 20);
		assertThat(byDepartement.hits()).extracting(Organisation::id)
			.contains(inPelussin, inLoire)
			.doesNotContain(elsewhere);
		var byCommune = search.search(new OrganisationCriteria(marker, null, null, null, "com:42168", null), 0, 20);
		assertThat(byCommune.hits()).extracting(Organisation::id)
			.contains(inPelussin, inLoire)
			.doesNotContain(elsewhere);
		mvc.perform(get("/annuaire").param("q", marker).param("territory", "dep:42"))
			.andExpect(content().string(Matchers.containsString("/annuaire/organisations/" + inPelussin + "\"")))
			.andExpect(content()
				.string(Matchers.not(Matchers.containsString("/annuaire/organisations/" + elsewhere + "\""))));
	}

	@Test
	void facet_counts_cover_the_whole_filtered_result_not_just_the_page() throws Exception {
		var user = TestAccounts.create(context);
		String marker = "zf" + Long.toString(System.nanoTime(), 36);
		for (int i = 0; i < 23; i++) {
			create(mvc, user, unique("Structure " + marker + " " + i),
					Map.of("kind", i < 21 ? "ASSOCIATION" : "COOPERATIVE", "themes", "alimentation"));
		}
		var results = search.search(new OrganisationCriteria(marker, null, null, null, null, null), 0, 20);
		assertThat(results.hits()).hasSize(20);
		assertThat(results.total()).isEqualTo(23);
		assertThat(results.kinds()).containsEntry(OrganisationKind.ASSOCIATION, 21L)
			.containsEntry(OrganisationKind.COOPERATIVE, 2L);
		assertThat(results.themes()).containsEntry("alimentation", 23L);
		var filtered = search.search(
				new OrganisationCriteria(marker, Set.of(OrganisationKind.COOPERATIVE), null, null, null, null), 0, 20);
		assertThat(filtered.total()).isEqualTo(2);
		mvc.perform(get("/annuaire").param("q", marker).param("page", "2"))
			.andExpect(content().string(Matchers.containsString("23 organisations")))
			.andExpect(content().string(Matchers.containsString("Page 2 sur 2")));
		mvc.perform(get("/annuaire").param("q", marker).header("HX-Request", "true"))
			.andExpect(content().string(Matchers.containsString("id=\"resultats\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
	}

	@Test
	void a_members_only_organisation_is_invisible_to_visitors_everywhere() throws Exception {
		var user = TestAccounts.create(context);
		String marker = "zm" + Long.toString(System.nanoTime(), 36);
		long id = create(mvc, user, unique("Cercle discret " + marker), Map.of("visibility", "MEMBERS"));
		mvc.perform(get("/annuaire").param("q", marker))
			.andExpect(content().string(Matchers.containsString("Aucune organisation")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Cercle discret"))));
		mvc.perform(get("/annuaire/organisations/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisations/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisations").param("q", marker)).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/annuaire").param("q", marker).with(TestAccounts.as(TestAccounts.create(context))))
			.andExpect(content().string(Matchers.containsString("Cercle discret")));
		mvc.perform(get("/annuaire/organisations/" + id).with(TestAccounts.as(user))).andExpect(status().isOk());
	}

}
