package org.maillage.territory;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TerritoryWebTests {

	@Autowired
	MockMvc mvc;

	@Test
	void a_visitor_searches_territories_without_javascript() throws Exception {
		mvc.perform(get("/territoires").param("q", "st etienne"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Saint-Étienne (42)")));
	}

	@Test
	void a_territory_page_shows_its_parents_and_children() throws Exception {
		mvc.perform(get("/territoires/epci:244200895"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CC du Pilat Rhodanien")))
			.andExpect(content().string(containsString("Loire (42)")))
			.andExpect(content().string(containsString("Pélussin (42)")));
	}

	@Test
	void an_unknown_territory_is_a_404() throws Exception {
		mvc.perform(get("/territoires/com:00000")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/territories/com:00000")).andExpect(status().isNotFound());
	}

	@Test
	void suggestions_come_as_datalist_options_for_the_field_that_asked() throws Exception {
		mvc.perform(get("/territoires/suggestions").param("champ", "commune").param("commune", "pelus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Pélussin (42) [com:42168]\"")));
	}

	@Test
	void the_api_finds_territories_by_name_and_level() throws Exception {
		mvc.perform(get("/api/v1/territories").param("q", "st etienne").param("level", "COMMUNE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("com:42218"))
			.andExpect(jsonPath("$[0].latitude").isNumber());
		mvc.perform(get("/api/v1/territories/com:42168/containing"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].id").value("dep:42"));
		mvc.perform(get("/api/v1/territories/epci:244200895/inside").param("level", "COMMUNE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(14));
	}

	@Test
	void a_bad_level_is_a_400_in_french() throws Exception {
		mvc.perform(get("/api/v1/territories").param("q", "loire").param("level", "PLANETE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("PLANETE")));
	}

}
