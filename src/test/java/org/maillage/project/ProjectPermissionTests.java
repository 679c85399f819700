package org.maillage.project;

import static org.maillage.project.ProjectTestSupport.action;
import static org.maillage.project.ProjectTestSupport.fixture;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees and who edits: visitors see public projects only; partners' members work on
 * the plan; only the pilot's admins change partners; a partner never sees another
 * project's partners-only content; platform admins may do everything.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void a_visitor_sees_only_public_projects() throws Exception {
		var open = fixture(mvc, context, "PUBLIC");
		var members = fixture(mvc, context, "MEMBERS");
		var partners = fixture(mvc, context, "PARTNERS");
		mvc.perform(get("/projets/" + open.projectId())).andExpect(status().isOk());
		mvc.perform(get("/projets/" + members.projectId())).andExpect(status().isNotFound());
		mvc.perform(get("/projets/" + partners.projectId() + "/plan")).andExpect(status().isNotFound());
		mvc.perform(get("/projets/" + members.projectId()).with(TestAccounts.as(open.outsider())))
			.andExpect(status().isOk());
		mvc.perform(get("/projets/" + partners.projectId() + "/tableau-de-bord").with(TestAccounts.as(open.outsider())))
			.andExpect(status().isNotFound());
		mvc.perform(
				get("/projets/" + partners.projectId() + "/matrice").with(TestAccounts.as(partners.partnerMember())))
			.andExpect(status().isOk());
		var admin = TestAccounts.create(context, Role.ADMIN);
		mvc.perform(get("/projets/" + partners.projectId()).with(TestAccounts.as(admin))).andExpect(status().isOk());
	}

	@Test
	void a_partner_never_sees_another_projects_partners_only_content() throws Exception {
		var first = fixture(mvc, context, "PARTNERS");
		var second = fixture(mvc, context, "PARTNERS");
		String title = TestAccounts.callAs(second.pilot(),
				() -> context.getBean(ProjectService.class).open(second.projectId()).project().title());
		mvc.perform(get("/projets/" + second.projectId()).with(TestAccounts.as(first.partnerMember())))
			.andExpect(status().isNotFound());
		String link = ">" + title + "</a>";
		mvc.perform(get("/projets").param("q", title).with(TestAccounts.as(first.partnerMember())))
			.andExpect(content().string(Matchers.not(Matchers.containsString(link))));
		mvc.perform(get("/projets").param("q", title).with(TestAccounts.as(second.partnerMember())))
			.andExpect(content().string(Matchers.containsString(link)));
		mvc.perform(get("/projets").param("q", title))
			.andExpect(content().string(Matchers.not(Matchers.containsString(link))));
	}

	@Test
	void visitors_are_sent_to_the_login_page_and_outsiders_refused() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		for (String path : new String[] { "/projets/nouveau", "/projets/" + f.projectId() + "/modifier",
				"/projets/" + f.projectId() + "/actions/nouvelle", "/projets/" + f.projectId() + "/partenaires",
				"/projets/" + f.projectId() + "/axes", "/projets/" + f.projectId() + "/budget",
				"/projets/" + f.projectId() + "/indicateurs", "/projets/" + f.projectId() + "/supprimer" }) {
			mvc.perform(post(path).with(csrf())
				.param("title", "Intrus")
				.param("organisationId", "1")
				.param("role", "PILOT"))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		}
		mvc.perform(get("/mes-actions")).andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		mvc.perform(post("/projets/" + f.projectId() + "/modifier").with(TestAccounts.as(f.outsider()))
			.with(csrf())
			.param("title", "Intrus")).andExpect(status().isForbidden());
		mvc.perform(post("/projets/" + f.projectId() + "/actions/nouvelle").with(TestAccounts.as(f.outsider()))
			.with(csrf())
			.param("title", "Intrus")).andExpect(status().isForbidden());
		mvc.perform(post("/projets/" + f.projectId() + "/partenaires").with(TestAccounts.as(f.outsider()))
			.with(csrf())
			.param("organisationId", String.valueOf(f.outsiderOrg()))
			.param("role", "PILOT")).andExpect(status().isForbidden());
		mvc.perform(post("/projets/" + f.projectId() + "/budget").with(TestAccounts.as(f.outsider()))
			.with(csrf())
			.param("kind", "EXPENSE")
			.param("label", "Intrus")
			.param("amount", "10")).andExpect(status().isForbidden());
		mvc.perform(post("/projets/" + f.projectId() + "/supprimer").with(TestAccounts.as(f.outsider())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void partners_members_work_on_the_plan_but_only_the_pilots_admins_change_partners() throws Exception {
		var f = fixture(mvc, context, "MEMBERS");
		mvc.perform(post("/projets/" + f.projectId() + "/actions/nouvelle").with(TestAccounts.as(f.partnerMember()))
			.with(csrf())
			.param("title", "Animer le réseau")
			.param("status", "TODO")
			.param("progress", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/projets/" + f.projectId() + "/partenaires").with(TestAccounts.as(f.partnerMember()))
			.with(csrf())
			.param("organisationId", String.valueOf(f.outsiderOrg()))
			.param("role", "OPERATOR")).andExpect(status().isForbidden());
		mvc.perform(post("/projets/" + f.projectId() + "/partenaires").with(TestAccounts.as(f.partnerAdmin()))
			.with(csrf())
			.param("organisationId", String.valueOf(f.outsiderOrg()))
			.param("role", "OPERATOR")).andExpect(status().isForbidden());
		mvc.perform(post("/projets/" + f.projectId() + "/partenaires/" + f.partnerId())
			.with(TestAccounts.as(f.partnerAdmin()))
			.with(csrf())
			.param("role", "PILOT")).andExpect(status().isForbidden());
		mvc.perform(post("/projets/" + f.projectId() + "/modifier").with(TestAccounts.as(f.partnerMember()))
			.with(csrf())
			.param("title", "Nouveau titre")).andExpect(status().isForbidden());
		mvc.perform(post("/projets/" + f.projectId() + "/partenaires").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("organisationId", String.valueOf(f.outsiderOrg()))
			.param("role", "OPERATOR")).andExpect(status().is3xxRedirection());
		var action = action(context, f.partnerMember(), f.projectId(), "Réunir les élus", f.partnerOrg(),
				f.partnerMember().id(), null, null);
		mvc.perform(post("/projets/" + f.projectId() + "/actions/" + action.id() + "/avancement")
			.with(TestAccounts.as(f.outsider()))
			.with(csrf())
			.param("status", "DONE")
			.param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/projets/" + f.projectId() + "/matrice").with(TestAccounts.as(f.outsider()))
			.with(csrf())
			.param("actionId", String.valueOf(action.id()))
			.param("organisationId", String.valueOf(f.pilotOrg()))
			.param("role", "C")).andExpect(status().isForbidden());
	}

	@Test
	void only_the_invited_organisations_admins_answer_an_invitation() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		mvc.perform(post("/projets/" + f.projectId() + "/partenaires").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("organisationId", String.valueOf(f.outsiderOrg()))
			.param("role", "SUPPORT")).andExpect(status().is3xxRedirection());
		long invited = TestAccounts.callAs(f.pilot(), () -> context.getBean(ProjectService.class).open(f.projectId()))
			.project()
			.partner(f.outsiderOrg())
			.orElseThrow()
			.id();
		mvc.perform(post("/projets/" + f.projectId() + "/partenaires/" + invited + "/reponse")
			.with(TestAccounts.as(f.partnerMember()))
			.with(csrf())
			.param("accept", "true")).andExpect(status().isForbidden());
		mvc.perform(get("/projets/invitations").with(TestAccounts.as(f.outsider())))
			.andExpect(content().string(Matchers.containsString("Accepter")));
		mvc.perform(post("/projets/" + f.projectId() + "/partenaires/" + invited + "/reponse")
			.with(TestAccounts.as(f.outsider()))
			.with(csrf())
			.param("accept", "false")).andExpect(status().is3xxRedirection());
	}

}
