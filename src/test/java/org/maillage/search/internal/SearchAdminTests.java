package org.maillage.search.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.search.SearchAudience;
import org.maillage.search.SearchType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search administration: counts and reindexing, synonyms; for administrators only,
 * with French messages for bad input and a conflict shown rather than an overwrite.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SearchFixtures.class)
class SearchAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SearchFixtures.Items items;

	@Autowired
	SynonymRepository synonyms;

	@Test
	void only_administrators_see_the_counts_and_reindex() throws Exception {
		var admin = TestAccounts.create(context, Role.ADMIN);
		var member = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		String marker = "zr" + Long.toString(System.nanoTime(), 36);
		var entry = SearchFixtures.entry(SearchType.KIT, "Kit " + marker, "", "", SearchAudience.EVERYONE);
		items.putQuietly(entry);
		mvc.perform(get("/admin/recherche").with(TestAccounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Kit thématique")));
		mvc.perform(get("/admin/recherche").with(TestAccounts.as(member))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/recherche/reindexer").with(TestAccounts.as(animator)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/recherche/reindexer").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/connexion"));
		mvc.perform(post("/admin/recherche/reindexer").with(TestAccounts.as(admin))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/search").param("q", marker))
			.andExpect(content().string(Matchers.containsString("\"total\":0")));
		mvc.perform(post("/admin/recherche/reindexer").with(TestAccounts.as(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/search").param("q", marker))
			.andExpect(content().string(Matchers.containsString("\"total\":1")));
	}

	@Test
	void administrators_add_change_and_remove_synonyms_with_clear_errors() throws Exception {
		var admin = TestAccounts.create(context, Role.ADMIN);
		var member = TestAccounts.create(context);
		String word = "zsy" + Long.toString(System.nanoTime(), 36);
		mvc.perform(get("/admin/synonymes").with(TestAccounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("intercommunalité")));
		mvc.perform(post("/admin/synonymes").with(TestAccounts.as(admin)).with(csrf()).param("terms", word))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Indiquez au moins deux termes")))
			.andExpect(content().string(Matchers.containsString("value=\"" + word + "\"")));
		mvc.perform(post("/admin/synonymes").with(TestAccounts.as(member)).with(csrf()).param("terms", word + ", b"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/synonymes").with(TestAccounts.as(admin))
			.with(csrf())
			.param("terms", word + ", tiers-lieu")).andExpect(status().is3xxRedirection());
		var saved = synonyms.findAll().stream().filter(s -> s.text().startsWith(word)).findFirst().orElseThrow();
		mvc.perform(post("/admin/synonymes/" + saved.id()).with(TestAccounts.as(admin))
			.with(csrf())
			.param("version", String.valueOf(saved.version()))
			.param("terms", word + ", fablab")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/synonymes/" + saved.id()).with(TestAccounts.as(admin))
			.with(csrf())
			.param("version", String.valueOf(saved.version()))
			.param("terms", word + ", atelier partagé"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("modifié ce groupe entre-temps")))
			.andExpect(content().string(Matchers.containsString(word + ", fablab")))
			.andExpect(content().string(Matchers.containsString("atelier partagé")));
		mvc.perform(post("/admin/synonymes/" + saved.id() + "/supprimer").with(TestAccounts.as(member)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/synonymes/" + saved.id() + "/supprimer").with(TestAccounts.as(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/synonymes/999999999/supprimer").with(TestAccounts.as(admin)).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
