package org.maillage.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LayoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void the_home_page_speaks_french_by_default() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"fr\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Se connaître pour coopérer")));
	}

	@Test
	void english_is_available() throws Exception {
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Know each other to cooperate")));
	}

	@Test
	void an_unknown_page_gets_the_friendly_404() throws Exception {
		mvc.perform(get("/nulle-part"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Page introuvable")));
	}

	@Test
	void the_api_is_described_by_openapi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/organisations")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/territories")));
	}

	@Test
	void a_visitor_browsing_the_directory_opens_no_session() throws Exception {
		Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Integer.class);
		for (String page : new String[] { "/", "/annuaire", "/carte", "/territoires" }) {
			mvc.perform(get(page)).andExpect(status().isOk());
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Integer.class)).isEqualTo(before);
	}

}
