package org.maillage.resource.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A fresh instance of its own (own database) with the demo switched on. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "maillage.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-resources;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DemoResourcesTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoResources demo;

	@Autowired
	MockMvc mvc;

	@Test
	void a_fresh_instance_gets_the_demo_resource_centre_once() throws Exception {
		assertThat(count("SELECT COUNT(*) FROM resource_resource WHERE status = 'PUBLISHED'"))
			.isGreaterThanOrEqualTo(30);
		assertThat(count("SELECT COUNT(DISTINCT kind) FROM resource_resource")).isEqualTo(8);
		assertThat(count("SELECT COUNT(*) FROM resource_resource WHERE status = 'IN_REVIEW'")).isPositive();
		assertThat(count(
				"SELECT COUNT(*) FROM resource_resource WHERE maturity = 'VALIDATED' AND validated_by IS NOT NULL"))
			.isPositive();
		assertThat(count("SELECT COUNT(*) FROM resource_actor")).isGreaterThan(10);
		assertThat(count("SELECT COUNT(*) FROM resource_kit_item i JOIN resource_kit k ON k.id = i.kit_id "
				+ "WHERE k.title = 'Coopérer entre structures'"))
			.isGreaterThanOrEqualTo(8);
		assertThat(count("SELECT COUNT(*) FROM resource_path_module WHERE quiz IS NOT NULL")).isEqualTo(4);
		assertThat(count("SELECT COUNT(*) FROM resource_usage")).isPositive();
		int before = count("SELECT COUNT(*) FROM resource_resource");
		demo.run(new DefaultApplicationArguments());
		assertThat(count("SELECT COUNT(*) FROM resource_resource")).isEqualTo(before);
	}

	@Test
	void every_demo_page_renders_for_a_visitor() throws Exception {
		for (Long id : jdbc.queryForList(
				"SELECT id FROM resource_resource WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC'", Long.class)) {
			mvc.perform(get("/ressources/" + id)).andExpect(status().isOk());
		}
		for (Long id : jdbc.queryForList(
				"SELECT id FROM resource_resource WHERE visibility = 'MEMBERS' OR status <> 'PUBLISHED'", Long.class)) {
			mvc.perform(get("/ressources/" + id)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/ressources")).andExpect(status().isOk());
		long kit = jdbc.queryForObject("SELECT id FROM resource_kit WHERE title = 'Coopérer entre structures'",
				Long.class);
		mvc.perform(get("/kits/" + kit)).andExpect(status().isOk());
		mvc.perform(get("/kits/" + kit + ".zip")).andExpect(status().isOk());
		long path = jdbc.queryForObject("SELECT id FROM resource_path", Long.class);
		mvc.perform(get("/parcours/" + path)).andExpect(status().isOk());
		for (int n = 1; n <= 4; n++) {
			mvc.perform(get("/parcours/" + path + "/modules/" + n)).andExpect(status().isOk());
		}
		long pelussin = jdbc.queryForObject("SELECT id FROM directory_organisation WHERE name = 'Commune de Pélussin'",
				Long.class);
		mvc.perform(get("/annuaire/organisations/" + pelussin))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Outils utilisés et ressources publiées")));
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
