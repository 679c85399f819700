package org.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.directory.DirectoryTestSupport.create;
import static org.maillage.directory.DirectoryTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Animators shape the themes and competencies; renaming one is found by search at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TaxonomyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TermRepository terms;

	@Autowired
	OrganisationSearch search;

	@Test
	void the_default_french_taxonomy_is_seeded() {
		assertThat(terms.findByVocabularyOrderByLabel(Vocabulary.THEME)).extracting(Term::label)
			.contains("Alimentation", "Médiation numérique", "Économie sociale et solidaire", "Forêt et bois");
		assertThat(terms.findByVocabularyOrderByLabel(Vocabulary.COMPETENCY)).extracting(Term::label)
			.contains("Animation de réseau", "Financements européens", "Accompagnement de porteurs de projet");
	}

	@Test
	void only_animators_manage_the_taxonomy_and_a_renamed_theme_is_searchable() throws Exception {
		var member = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		mvc.perform(get("/annuaire/taxonomie").with(TestAccounts.as(member))).andExpect(status().isForbidden());
		mvc.perform(post("/annuaire/taxonomie").with(TestAccounts.as(member))
			.with(csrf())
			.param("vocabulary", "THEME")
			.param("label", "Piraterie")).andExpect(status().isForbidden());
		mvc.perform(get("/annuaire/taxonomie").with(TestAccounts.as(animator))).andExpect(status().isOk());
		String label = unique("Apiculture");
		mvc.perform(post("/annuaire/taxonomie").with(TestAccounts.as(animator))
			.with(csrf())
			.param("vocabulary", "THEME")
			.param("label", label)).andExpect(status().is3xxRedirection());
		Term term = terms.findByVocabularyOrderByLabel(Vocabulary.THEME)
			.stream()
			.filter(t -> t.label().equals(label))
			.findFirst()
			.orElseThrow();
		long id = create(mvc, member, unique("Rucher"), Map.of("themes", term.code()));
		String renamed = "Pollinisateurs" + Long.toString(System.nanoTime(), 36);
		mvc.perform(post("/annuaire/taxonomie/" + term.id() + "/renommer").with(TestAccounts.as(animator))
			.with(csrf())
			.param("label", renamed)).andExpect(status().is3xxRedirection());
		assertThat(search.search(new OrganisationCriteria(renamed, null, null, null, null, null), 0, 5).hits())
			.extracting(Organisation::id)
			.containsExactly(id);
		mvc.perform(
				post("/annuaire/taxonomie/" + term.id() + "/supprimer").with(TestAccounts.as(animator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(terms.findById(term.id())).isEmpty();
	}

}
