package org.maillage.project.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo instance (same context as the directory's demo test) gets three projects once,
 * with steering committees drawn from the partners' people.
 */
@SpringBootTest
@TestPropertySource(properties = { "maillage.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DemoProjectsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoProjects demo;

	@Test
	void the_demo_network_runs_three_projects_with_partners_actions_in_every_status_and_funding() {
		assertThat(count("SELECT COUNT(*) FROM project_project")).isEqualTo(3);
		assertThat(count("SELECT COUNT(DISTINCT status) FROM project_action")).isEqualTo(5);
		assertThat(count("SELECT COUNT(*) FROM project_partner WHERE status = 'ACCEPTED'")).isGreaterThanOrEqualTo(12);
		assertThat(count("SELECT COUNT(*) FROM project_measurement")).isGreaterThan(3);
		assertThat(count("SELECT COUNT(*) FROM project_budget_line WHERE kind = 'FUNDING'")).isGreaterThan(3);
		assertThat(count("SELECT COUNT(DISTINCT project_id) FROM project_committee_member")).isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM project_committee_member WHERE user_id IS NOT NULL"))
			.as("the partners' demo members sit on the committees")
			.isGreaterThanOrEqualTo(9);
		assertThat(
				count("""
						SELECT COUNT(*) FROM project_committee_member c
						WHERE c.organisation_id IS NULL OR NOT EXISTS (SELECT 1 FROM project_partner p
						  WHERE p.project_id = c.project_id AND p.organisation_id = c.organisation_id AND p.status = 'ACCEPTED')"""))
			.as("every seat belongs to an accepted partner")
			.isZero();
		demo.run(new DefaultApplicationArguments());
		assertThat(count("SELECT COUNT(*) FROM project_project")).as("loaded once").isEqualTo(3);
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
