package org.maillage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.project.ProjectTestSupport.action;
import static org.maillage.project.ProjectTestSupport.fixture;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.AccountDirectory;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * A partner's member who sat on the steering committee, was responsible for an action,
 * reported its progress and measured an indicator finds all of it in their data export;
 * once they delete their account nothing in the project points to them, and the project's
 * pages still tell its history.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectPersonalDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FollowUpService followUp;

	/** The partner's member took part in the project in every way a person can. */
	record Involvement(ProjectTestSupport.Fixture f, String projectTitle, long actionId, long otherActionId,
			long indicatorId) {
	}

	@Test
	void my_export_holds_my_committee_seat_my_actions_and_what_i_wrote_in_projects() throws Exception {
		var involved = involve();
		var f = involved.f();
		mvc.perform(get("/compte/donnees/export").with(TestAccounts.as(f.partnerMember())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.project.committeeSeats[0].project").value(involved.projectTitle()))
			.andExpect(jsonPath("$.project.committeeSeats[0].function").value("Référente du comité"))
			.andExpect(jsonPath("$.project.actionsResponsible[0].action").value("Diagnostic des circuits courts"))
			.andExpect(jsonPath("$.project.actionsResponsible[0].project").value(involved.projectTitle()))
			.andExpect(jsonPath("$.project.actionsResponsible[0].dueDate").value("2027-03-31"))
			.andExpect(jsonPath("$.project.updatesWritten[0].action").value("Diagnostic des circuits courts"))
			.andExpect(jsonPath("$.project.updatesWritten[0].note").value("Entretiens avec douze producteurs"))
			.andExpect(jsonPath("$.project.updatesWritten[0].progress").value(40))
			.andExpect(jsonPath("$.project.updatesWritten[0].at").isNotEmpty())
			.andExpect(jsonPath("$.project.measurementsWritten[0].indicator").value("Producteurs engagés"))
			.andExpect(jsonPath("$.project.measurementsWritten[0].measuredOn").value("2026-10-01"))
			.andExpect(jsonPath("$.project.measurementsWritten[0].value").value(12.0))
			.andExpect(jsonPath("$.project.partnerContacts[0].project").value(involved.projectTitle()))
			.andExpect(jsonPath("$.project.decisionsInMyName[0].decision").value("Lancer le diagnostic"))
			.andExpect(jsonPath("$.project.decisionsInMyName.length()").value(1))
			.andExpect(jsonPath("$.project.projectsCreated.length()").value(0))
			// the pilot's own update and measurement belong to the pilot's export, not
			// this one
			.andExpect(content().string(Matchers.not(Matchers.containsString("Mise à jour du pilote"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Relevé du pilote"))));

		mvc.perform(get("/compte/donnees/export").with(TestAccounts.as(f.pilot())))
			.andExpect(jsonPath("$.project.projectsCreated[0].project").value(involved.projectTitle()))
			.andExpect(jsonPath("$.project.updatesWritten[*].note").value(Matchers.hasItem("Mise à jour du pilote")))
			.andExpect(jsonPath("$.project.committeeSeats.length()").value(0));
	}

	@Test
	void deleting_my_account_leaves_no_trace_of_me_in_projects_whose_pages_still_render() throws Exception {
		var involved = involve();
		var f = involved.f();
		UserRef member = f.partnerMember();
		String name = member.displayName();

		mvc.perform(post("/compte/donnees/suppression").with(TestAccounts.as(member))
			.with(csrf())
			.param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));

		assertThat(context.getBean(AccountDirectory.class).findById(member.id())).isEmpty();
		assertThat(count("project_committee_member", "user_id", member.id())).isZero();
		assertThat(count("project_action", "responsible_user_id", member.id())).isZero();
		assertThat(count("project_action_update", "author_id", member.id())).isZero();
		assertThat(count("project_measurement", "author_id", member.id())).isZero();
		assertThat(count("project_partner", "contact_user_id", member.id())).isZero();
		assertThat(count("project_project", "created_by", member.id())).isZero();
		for (String[] column : new String[][] { { "project_committee_member", "name" },
				{ "project_action", "responsible_name" }, { "project_action_update", "author_name" },
				{ "project_measurement", "author_name" }, { "project_partner", "contact_name" },
				{ "project_decision", "decided_by" } }) {
			assertThat(jdbc.queryForObject(
					"select count(*) from " + column[0] + " where lower(" + column[1] + ") like lower(?)", Long.class,
					"%" + name + "%"))
				.as(name + " still named in " + column[0] + "." + column[1])
				.isZero();
		}

		// the action keeps its responsible partner; the history keeps its entries, signed
		// anew
		assertThat(jdbc.queryForMap(
				"select responsible_organisation_id, responsible_name from project_action where id = ?",
				involved.actionId()))
			.containsEntry("RESPONSIBLE_ORGANISATION_ID", f.partnerOrg())
			.containsEntry("RESPONSIBLE_NAME", null);
		assertThat(jdbc.queryForList("select author_name from project_action_update where action_id = ? order by id",
				String.class, involved.actionId()))
			.containsExactly(f.pilot().displayName(), "Compte supprimé");
		assertThat(jdbc.queryForList(
				"select author_name from project_measurement where indicator_id = ? order by measured_on, id",
				String.class, involved.indicatorId()))
			.containsExactly("Compte supprimé", f.pilot().displayName());
		assertThat(jdbc.queryForList(
				"select decided_by from project_decision where project_id = ? order by decided_on, id", String.class,
				f.projectId()))
			.containsExactly("Ancien membre", "Comité de pilotage");
		// what others did is left as it was
		assertThat(jdbc.queryForList("select author_name from project_action_update where action_id = ?", String.class,
				involved.otherActionId()))
			.containsOnly(f.pilot().displayName())
			.hasSize(2);

		String project = "/projets/" + f.projectId();
		for (String page : new String[] { project, project + "/tableau-de-bord", project + "/plan",
				project + "/gouvernance", project + "/indicateurs", project + "/matrice", project + "/calendrier",
				project + "/actions/" + involved.actionId() }) {
			mvc.perform(get(page).with(TestAccounts.as(f.pilot())))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString(HtmlUtils.htmlEscape(name)))));
		}
		mvc.perform(get(project + "/actions/" + involved.actionId()).with(TestAccounts.as(f.pilot())))
			.andExpect(content().string(Matchers.containsString("Compte supprimé")))
			.andExpect(content().string(Matchers.containsString("Entretiens avec douze producteurs")));
		mvc.perform(get(project + "/indicateurs").with(TestAccounts.as(f.pilot())))
			.andExpect(content().string(Matchers.containsString("Compte supprimé")));
		mvc.perform(get(project + "/gouvernance").with(TestAccounts.as(f.pilot())))
			.andExpect(content().string(Matchers.containsString("Lancer le diagnostic")))
			.andExpect(content().string(Matchers.containsString("Ancien membre")));
		mvc.perform(get(project + "/plan.csv").with(TestAccounts.as(f.pilot())))
			.andExpect(content().string(Matchers.not(Matchers.containsString(name))));
	}

	@Test
	void a_namesake_in_a_project_i_never_took_part_in_keeps_their_decisions() throws Exception {
		var involved = involve();
		var f = involved.f();
		var elsewhere = fixture(mvc, context, "PUBLIC");
		String name = f.partnerMember().displayName();
		mvc.perform(post("/projets/" + elsewhere.projectId() + "/decisions").with(TestAccounts.as(elsewhere.pilot()))
			.with(csrf())
			.param("decidedOn", "2026-09-01")
			.param("decision", "Adopter la charte")
			.param("decidedBy", name)).andExpect(status().is3xxRedirection());

		mvc.perform(get("/compte/donnees/export").with(TestAccounts.as(f.partnerMember())))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Adopter la charte"))));
		mvc.perform(post("/compte/donnees/suppression").with(TestAccounts.as(f.partnerMember()))
			.with(csrf())
			.param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));

		assertThat(jdbc.queryForList("select decided_by from project_decision where project_id = ?", String.class,
				elsewhere.projectId()))
			.containsExactly(name);
	}

	/**
	 * Through the pages: the partner's member is seated on the committee, made
	 * responsible for an action whose progress they report, measures an indicator, is the
	 * partner's contact and is named in the decision log; the pilot does the same kinds
	 * of things on their own.
	 */
	private Involvement involve() throws Exception {
		var f = fixture(mvc, context, "PARTNERS");
		UserRef member = f.partnerMember();
		String project = "/projets/" + f.projectId();
		String title = TestAccounts.callAs(f.pilot(), () -> followUp.governance(f.projectId()))
			.open()
			.project()
			.title();

		mvc.perform(post(project + "/comite").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("person", f.partnerOrg() + ":" + member.id())
			.param("name", "")
			.param("function", "Référente du comité")).andExpect(status().is3xxRedirection());

		Action mine = action(context, f.pilot(), f.projectId(), "Diagnostic des circuits courts", f.partnerOrg(),
				member.id(), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31));
		Action theirs = action(context, f.pilot(), f.projectId(), "Charte des partenaires", f.pilotOrg(),
				f.pilot().id(), null, LocalDate.of(2027, 1, 15));
		mvc.perform(post(project + "/actions/" + mine.id() + "/avancement").with(TestAccounts.as(member))
			.with(csrf())
			.param("status", "IN_PROGRESS")
			.param("progress", "40")
			.param("note", "Entretiens avec douze producteurs")
			.param("version", String.valueOf(mine.version()))).andExpect(status().is3xxRedirection());
		mvc.perform(post(project + "/actions/" + theirs.id() + "/avancement").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("status", "IN_PROGRESS")
			.param("progress", "10")
			.param("note", "Mise à jour du pilote")
			.param("version", String.valueOf(theirs.version()))).andExpect(status().is3xxRedirection());

		mvc.perform(post(project + "/indicateurs").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("name", "Producteurs engagés")
			.param("unit", "producteurs")
			.param("baseline", "0")
			.param("target", "30")).andExpect(status().is3xxRedirection());
		long indicatorId = TestAccounts.callAs(f.pilot(), () -> followUp.indicators(f.projectId()))
			.get(0)
			.indicator()
			.id();
		mvc.perform(post(project + "/mesures").with(TestAccounts.as(member))
			.with(csrf())
			.param("indicatorId", String.valueOf(indicatorId))
			.param("measuredOn", "2026-10-01")
			.param("value", "12")
			.param("comment", "Premier relevé")).andExpect(status().is3xxRedirection());
		mvc.perform(post(project + "/mesures").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("indicatorId", String.valueOf(indicatorId))
			.param("measuredOn", "2026-11-01")
			.param("value", "15")
			.param("comment", "Relevé du pilote")).andExpect(status().is3xxRedirection());

		// the contact person of a partner may be an account (kept by older data and the
		// API)
		jdbc.update("update project_partner set contact_user_id = ?, contact_name = ? where id = ?", member.id(),
				member.displayName(), f.partnerId());

		mvc.perform(post(project + "/decisions").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("decidedOn", "2026-09-15")
			.param("decision", "Lancer le diagnostic")
			.param("decidedBy", " " + member.displayName() + " ")
			.param("actionIds", String.valueOf(mine.id()))).andExpect(status().is3xxRedirection());
		mvc.perform(post(project + "/decisions").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("decidedOn", "2026-09-20")
			.param("decision", "Adopter le budget")
			.param("decidedBy", "Comité de pilotage")).andExpect(status().is3xxRedirection());
		return new Involvement(f, title, mine.id(), theirs.id(), indicatorId);
	}

	private long count(String table, String column, Object value) {
		return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, value);
	}

}
