package org.maillage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.project.ProjectTestSupport.action;
import static org.maillage.project.ProjectTestSupport.fixture;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No N+1: "my actions", the dashboard, the plan and the matrix run the same small number
 * of SQL statements whether a project has 3 or 40 actions (Hibernate statistics).
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueryCountTests {

	static final long MAX_STATEMENTS = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void pages_run_a_constant_number_of_statements_whatever_the_number_of_actions() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		UserRef member = f.partnerMember();
		add(f, 3);
		long myActionsFew = statements(member, "/mes-actions");
		long dashboardFew = statements(member, "/projets/" + f.projectId() + "/tableau-de-bord");
		long planFew = statements(member, "/projets/" + f.projectId() + "/plan");
		long matrixFew = statements(member, "/projets/" + f.projectId() + "/matrice");
		add(f, 37);
		long myActionsMany = statements(member, "/mes-actions");
		long dashboardMany = statements(member, "/projets/" + f.projectId() + "/tableau-de-bord");
		long planMany = statements(member, "/projets/" + f.projectId() + "/plan");
		long matrixMany = statements(member, "/projets/" + f.projectId() + "/matrice");

		assertThat(myActionsMany).isEqualTo(myActionsFew).isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(dashboardMany).isEqualTo(dashboardFew).isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(planMany).isEqualTo(planFew).isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(matrixMany).isEqualTo(matrixFew).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void my_actions_shows_overdue_ones_first() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		LocalDate today = LocalDate.now(org.maillage.common.FrenchTime.ZONE);
		action(context, f.pilot(), f.projectId(), "Sans échéance", f.partnerOrg(), f.partnerMember().id(), null, null);
		action(context, f.pilot(), f.projectId(), "Dans un mois", f.partnerOrg(), f.partnerMember().id(), null,
				today.plusMonths(1));
		action(context, f.pilot(), f.projectId(), "En retard", f.partnerOrg(), f.partnerMember().id(), null,
				today.minusDays(3));
		String page = mvc.perform(get("/mes-actions").with(TestAccounts.as(f.partnerMember())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("En retard")).isPositive()
			.isLessThan(page.indexOf("Dans un mois"))
			.isLessThan(page.indexOf("Sans échéance"));
		assertThat(page.indexOf("Dans un mois")).isLessThan(page.indexOf("Sans échéance"));
		assertThat(page).contains("en retard");
	}

	private void add(ProjectTestSupport.Fixture f, int count) {
		LocalDate start = LocalDate.of(2026, 1, 1);
		for (int i = 0; i < count; i++) {
			action(context, f.pilot(), f.projectId(), "Action " + i, f.partnerOrg(), f.partnerMember().id(),
					start.plusDays(i), start.plusDays(i + 30));
		}
	}

	private long statements(UserRef user, String path) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		mvc.perform(get(path).with(TestAccounts.as(user))).andExpect(status().isOk());
		long count = statistics.getPrepareStatementCount();
		statistics.setStatisticsEnabled(false);
		return count;
	}

}
