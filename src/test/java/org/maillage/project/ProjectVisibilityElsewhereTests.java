package org.maillage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.project.ProjectTestSupport.fixture;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.search.SearchAudience;
import org.maillage.search.SearchType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Projects outside their own pages (global search, organisation pages, map) are shown
 * only to whom may see them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectVisibilityElsewhereTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProjectSearchSource source;

	@Autowired
	ProjectHighlights highlights;

	@Test
	void the_global_search_gets_the_right_audience() throws Exception {
		var open = fixture(mvc, context, "PUBLIC");
		var members = fixture(mvc, context, "MEMBERS");
		var partners = fixture(mvc, context, "PARTNERS");
		assertThat(source.type()).isEqualTo(SearchType.PROJECT);
		assertThat(source.entry(String.valueOf(open.projectId())))
			.hasValueSatisfying(e -> assertThat(e.audience()).isEqualTo(SearchAudience.EVERYONE));
		assertThat(source.entry(String.valueOf(members.projectId())))
			.hasValueSatisfying(e -> assertThat(e.audience()).isEqualTo(SearchAudience.MEMBERS));
		assertThat(source.entry(String.valueOf(partners.projectId()))).hasValueSatisfying(e -> {
			assertThat(e.audience().everyone()).isFalse();
			assertThat(e.audience().members()).isFalse();
			assertThat(e.audience().organisationIds()).containsExactlyInAnyOrder(partners.pilotOrg(),
					partners.partnerOrg());
			assertThat(e.url()).isEqualTo("/projets/" + partners.projectId());
		});
		assertThat(source.entry("999999999")).isEmpty();
		assertThat(source.entry("abc")).isEmpty();
	}

	@Test
	void a_partners_page_lists_the_projects_its_viewer_may_see() throws Exception {
		var open = fixture(mvc, context, "PUBLIC");
		var hidden = fixture(mvc, context, "PARTNERS");
		assertThat(highlights.forOrganisation(open.partnerOrg())).hasValueSatisfying(
				h -> assertThat(h.items()).singleElement().satisfies(i -> assertThat(i.detail()).contains("Co-pilot")));
		assertThat(highlights.forOrganisation(hidden.partnerOrg())).isEmpty();
		assertThat(TestAccounts.callAs(hidden.partnerMember(), () -> highlights.forOrganisation(hidden.partnerOrg())))
			.isPresent();
		mvc.perform(get("/annuaire/organisations/" + open.partnerOrg()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/projets/" + open.projectId())));
		mvc.perform(get("/projets/carte"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("project-pins")));
	}

}
