package org.maillage.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.resource.ResourceTestSupport.attachPdf;
import static org.maillage.resource.ResourceTestSupport.createToolSheet;
import static org.maillage.resource.ResourceTestSupport.published;
import static org.maillage.resource.ResourceTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.search.SearchAudience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A resource's life: a member writes a draft, submits it, an animator publishes it; what
 * visitors, members and the search see at each step.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.test.context.event.RecordApplicationEvents
class ResourceReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ResourceSearchSource searchSource;

	@Autowired
	ResourceRepository resources;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.springframework.test.context.event.ApplicationEvents events;

	@Test
	void a_visitor_cannot_write_a_resource() throws Exception {
		mvc.perform(get("/ressources/nouvelle"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		mvc.perform(post("/ressources/nouvelle").param("type", "GUIDE").with(csrf()).param("title", "Intrus"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
	}

	@Test
	void a_draft_is_seen_by_its_author_and_animators_only_until_published() throws Exception {
		var author = TestAccounts.create(context);
		var other = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		String title = unique("Matrice qui fait quoi");
		long id = createToolSheet(mvc, author, title, "PUBLIC");

		mvc.perform(get("/ressources/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/ressources/" + id).with(TestAccounts.as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/resources/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/ressources").param("kind", "TOOL_SHEET"))
			.andExpect(content().string(Matchers.not(Matchers.containsString(title))));
		assertThat(searchSource.entry(String.valueOf(id))).isEmpty();
		mvc.perform(get("/ressources/" + id).with(TestAccounts.as(author)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Brouillon")));

		attachPdf(mvc, author, id);
		mvc.perform(post("/ressources/" + id + "/soumettre").with(TestAccounts.as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/ressources/" + id + "/soumettre").with(TestAccounts.as(author)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/ressources/relecture").with(TestAccounts.as(animator)))
			.andExpect(content().string(Matchers.containsString(title)));
		mvc.perform(get("/ressources/relecture").with(TestAccounts.as(author))).andExpect(status().isForbidden());
		mvc.perform(post("/ressources/" + id + "/publier").with(TestAccounts.as(author)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/ressources/" + id)).andExpect(status().isNotFound());
		assertThat(searchSource.entry(String.valueOf(id))).isEmpty();

		mvc.perform(post("/ressources/" + id + "/publier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("text", "Très clair, merci")).andExpect(status().is3xxRedirection());

		String page = mvc.perform(get("/ressources/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(title)
			.contains("Vocation")
			.contains("<strong>qui fait quoi</strong>")
			.contains("CC BY-SA")
			.contains("Testée")
			.contains("matrice.pdf")
			.doesNotContain("<script>alert")
			.doesNotContain("javascript:alert");
		mvc.perform(get("/ressources").param("kind", "TOOL_SHEET"))
			.andExpect(content().string(Matchers.containsString(title)));
		assertThat(searchSource.entry(String.valueOf(id))).get()
			.satisfies(entry -> assertThat(entry.audience()).isEqualTo(SearchAudience.EVERYONE))
			.satisfies(entry -> assertThat(entry.attributes()).containsEntry("kind", "TOOL_SHEET")
				.containsEntry("licence", "CC_BY_SA")
				.containsEntry("maturity", "TESTED"));
	}

	@Test
	void a_members_only_resource_never_reaches_a_visitor() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		String title = unique("Comité de pilotage interne");
		long id = published(mvc, author, animator, title, "MEMBERS");

		mvc.perform(get("/ressources/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/resources/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/ressources")).andExpect(content().string(Matchers.not(Matchers.containsString(title))));
		var member = TestAccounts.create(context);
		mvc.perform(get("/ressources/" + id).with(TestAccounts.as(member))).andExpect(status().isOk());
		mvc.perform(get("/ressources").with(TestAccounts.as(member)))
			.andExpect(content().string(Matchers.containsString(title)));
		assertThat(searchSource.entry(String.valueOf(id))).get()
			.satisfies(entry -> assertThat(entry.audience()).isEqualTo(SearchAudience.MEMBERS));
	}

	@Test
	void changes_requested_send_the_resource_back_to_draft_with_the_comment() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long id = createToolSheet(mvc, author, unique("Calendrier partagé"), "PUBLIC");
		mvc.perform(post("/ressources/" + id + "/soumettre").with(TestAccounts.as(author)).with(csrf()));
		mvc.perform(post("/ressources/" + id + "/demander-modifications").with(TestAccounts.as(author))
			.with(csrf())
			.param("text", "non")).andExpect(status().isForbidden());
		mvc.perform(post("/ressources/" + id + "/demander-modifications").with(TestAccounts.as(animator))
			.with(csrf())
			.param("text", "Précisez la durée, s'il vous plaît")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/ressources/" + id).with(TestAccounts.as(author)))
			.andExpect(content().string(Matchers.containsString("Précisez la durée")))
			.andExpect(content().string(Matchers.containsString("Modifications demandées")))
			.andExpect(content().string(Matchers.containsString("Brouillon")));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> jdbc.queryForList("SELECT subject FROM mail_outbox WHERE recipient = ?", String.class,
					author.email()), subjects -> subjects.stream().anyMatch(s -> s.startsWith("Des modifications")));
	}

	@Test
	void publishing_tells_the_search_and_filters_find_the_resource() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		String title = unique("Charte de coopération");
		long id = ResourceTestSupport.published(mvc, author, animator, title, "PUBLIC");
		assertThat(events.stream(org.maillage.search.SearchEntryChanged.class))
			.contains(new org.maillage.search.SearchEntryChanged(org.maillage.search.SearchType.RESOURCE,
					String.valueOf(id)));
		mvc.perform(get("/ressources").param("licence", "CC_BY_SA").param("maturity", "TESTED"))
			.andExpect(content().string(Matchers.containsString(title)));
		mvc.perform(get("/ressources").param("licence", "CC_BY"))
			.andExpect(content().string(Matchers.not(Matchers.containsString(title))));
		mvc.perform(get("/ressources").param("territory", "Pélussin (42)"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(title))));
		mvc.perform(get("/ressources").param("maturity", "PERFECT")).andExpect(status().isBadRequest());
		mvc.perform(get("/ressources").param("territory", "Zzzyzzville"))
			.andExpect(content().string(Matchers.containsString("id=\"territory-error\"")));
	}

	@Test
	void only_an_animator_validates_the_maturity_and_who_and_when_are_shown() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long id = published(mvc, author, animator, unique("Convention de coopération"), "PUBLIC");
		mvc.perform(post("/ressources/" + id + "/valider").with(TestAccounts.as(author)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/ressources/" + id + "/modifier").with(TestAccounts.as(author))
			.with(csrf())
			.param("title", "Convention validée par moi")
			.param("maturity", "VALIDATED")
			.param("version", String.valueOf(resources.findById(id).orElseThrow().version())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Seul un animateur du réseau")))
			.andExpect(content().string(Matchers.containsString("id=\"maturity-error\"")));
		mvc.perform(post("/ressources/" + id + "/valider").with(TestAccounts.as(animator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/ressources/" + id))
			.andExpect(content().string(Matchers.containsString("Validée")))
			.andExpect(content().string(Matchers.containsString("par " + animator.displayName() + " le ")));
	}

	@Test
	void a_resource_page_shows_close_resources_the_viewer_may_see() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		String word = "xylo" + java.util.UUID.randomUUID().toString().replaceAll("[^a-z]", "");
		long id = published(mvc, author, animator, "Grille " + word + " coopérative", "PUBLIC");
		String close = "Grille " + word + " partagée";
		published(mvc, author, animator, close, "PUBLIC");
		String reserved = "Grille " + word + " réservée";
		published(mvc, author, animator, reserved, "MEMBERS");
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> mvc.perform(get("/ressources/" + id))
				.andExpect(content().string(Matchers.containsString("Ressources proches")))
				.andExpect(content().string(Matchers.containsString(close))));
		mvc.perform(get("/ressources/" + id))
			.andExpect(content().string(Matchers.not(Matchers.containsString(reserved))));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> mvc.perform(get("/ressources/" + id).with(TestAccounts.as(animator)))
				.andExpect(content().string(Matchers.containsString(reserved))));
	}

}
