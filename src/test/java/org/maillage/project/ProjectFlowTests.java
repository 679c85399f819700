package org.maillage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.project.ProjectTestSupport.idIn;
import static org.maillage.project.ProjectTestSupport.invite;
import static org.maillage.project.ProjectTestSupport.organisation;
import static org.maillage.project.ProjectTestSupport.project;
import static org.maillage.project.ProjectTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.directory.MembershipRole;
import org.maillage.directory.MembershipService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A pilot creates a project, invites partners who accept, assigns an action; a partner's
 * member moves it forward; the plan, matrix and dashboard show it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MembershipService memberships;

	@Test
	void a_pilot_runs_a_project_with_two_partners() throws Exception {
		UserRef pilot = TestAccounts.create(context);
		UserRef adminB = TestAccounts.create(context);
		UserRef adminC = TestAccounts.create(context);
		UserRef memberB = TestAccounts.create(context);
		long parc = organisation(mvc, pilot, unique("Parc du Pilat"));
		long cc = organisation(mvc, adminB, unique("Communauté de communes"));
		long gal = organisation(mvc, adminC, unique("GAL Jarez"));
		TestAccounts.callAs(adminB, () -> {
			memberships.invite(cc, memberB.email(), "chargée de mission", MembershipRole.MEMBER);
			return null;
		});
		String title = unique("Stratégie alimentaire");
		long id = project(mvc, pilot, parc, title,
				Map.of("summary", "Manger local", "territory", "dep:42", "status", "RUNNING", "startDate", "2026-01-01",
						"endDate", "2027-12-31", "visibility", "PUBLIC", "themes", "alimentation"));
		invite(mvc, pilot, id, cc, "CO_PILOT");
		invite(mvc, pilot, id, gal, "FUNDER");

		String page = mvc.perform(get("/projets/" + id).with(TestAccounts.as(adminB)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Accepter");
		var partners = TestAccounts.callAs(pilot, () -> context.getBean(ProjectService.class).open(id))
			.project()
			.partners();
		long partnerB = partners.stream().filter(p -> p.organisationId() == cc).findFirst().orElseThrow().id();
		long partnerC = partners.stream().filter(p -> p.organisationId() == gal).findFirst().orElseThrow().id();
		mvc.perform(post("/projets/" + id + "/partenaires/" + partnerB + "/reponse").with(TestAccounts.as(adminB))
			.with(csrf())
			.param("accept", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/projets/" + id + "/partenaires/" + partnerC + "/reponse").with(TestAccounts.as(adminC))
			.with(csrf())
			.param("accept", "true")).andExpect(status().is3xxRedirection());

		String location = mvc
			.perform(post("/projets/" + id + "/actions/nouvelle").with(TestAccounts.as(pilot))
				.with(csrf())
				.param("title", "Diagnostic des circuits courts")
				.param("responsible", cc + ":" + memberB.id())
				.param("startDate", "2026-01-15")
				.param("dueDate", "2026-02-15")
				.param("status", "TODO")
				.param("progress", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long actionId = idIn(location, "/actions/(\\d+)$");

		mvc.perform(post("/projets/" + id + "/actions/" + actionId + "/avancement").with(TestAccounts.as(memberB))
			.with(csrf())
			.param("status", "IN_PROGRESS")
			.param("progress", "60")
			.param("note", "Enquête terminée")
			.param("version", "0")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/projets/" + id + "/actions/" + actionId).with(TestAccounts.as(memberB)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Enquête terminée")))
			.andExpect(content().string(Matchers.containsString("60 %")));
		mvc.perform(get("/projets/" + id + "/tableau-de-bord"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("60 %")));
		mvc.perform(get("/projets/" + id + "/matrice").with(TestAccounts.as(pilot)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Diagnostic des circuits courts")));
		mvc.perform(get("/mes-actions").with(TestAccounts.as(memberB)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Diagnostic des circuits courts")))
			.andExpect(content().string(Matchers.containsString(title)));
		for (String tab : new String[] { "plan", "calendrier", "indicateurs", "budget", "gouvernance",
				"partenaires" }) {
			mvc.perform(get("/projets/" + id + "/" + tab).with(TestAccounts.as(pilot))).andExpect(status().isOk());
		}
		mvc.perform(get("/projets").param("q", title))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(title)));
	}

}
