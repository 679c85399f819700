package org.maillage.directory.internal.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.directory.OrganisationCommand;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationMapTests {

	static final String FRANCE = "-5.5,41.0,10.0,51.5";

	final String token = "carto" + UUID.randomUUID().toString().substring(0, 8);

	final String hidden = "cache" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	void a_network_of_350_organisations_around_the_pilat() {
		UserRef member = TestAccounts.create(context);
		TestAccounts.callAs(member, () -> {
			for (int i = 0; i < 350; i++) {
				organisations.create(command(token + " structure " + i, 45.0 + (i % 25) * 0.05, 4.0 + (i / 25) * 0.05,
						Visibility.PUBLIC));
			}
			organisations.create(command(hidden + " réservée aux membres", 45.42, 4.68, Visibility.MEMBERS));
			return null;
		});
	}

	static OrganisationCommand command(String name, double latitude, double longitude, Visibility visibility) {
		return new OrganisationCommand(name, OrganisationKind.ASSOCIATION, null, null, "Une structure de test", null,
				null, "com:42168", latitude, longitude, Set.of("com:42168"), Set.of(), Set.of(), null, null, null,
				visibility);
	}

	@Test
	void zoomed_out_the_server_sends_clusters_that_count_every_match() throws Exception {
		String body = mvc
			.perform(get("/api/v1/organisations/geojson").param("bbox", FRANCE).param("zoom", "6").param("q", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.total").value(350))
			.andExpect(jsonPath("$.clustered").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> counts = JsonPath.read(body, "$.features[*].properties.count");
		assertThat(counts).isNotEmpty().hasSizeLessThan(350);
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(350);
	}

	@Test
	void zoomed_in_the_organisations_come_one_by_one_with_a_link() throws Exception {
		mvc.perform(get("/api/v1/organisations/geojson").param("bbox", "3.99,44.99,4.01,45.01")
			.param("zoom", "15")
			.param("q", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clustered").value(false))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.features[0].properties.name").value(token + " structure 0"))
			.andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(4.0));
	}

	@Test
	void filters_apply_to_the_whole_result_not_a_page() throws Exception {
		mvc.perform(get("/api/v1/organisations/geojson").param("bbox", FRANCE)
			.param("zoom", "6")
			.param("q", token + " 349")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void a_members_only_organisation_never_reaches_a_visitors_map() throws Exception {
		mvc.perform(get("/api/v1/organisations/geojson").param("bbox", FRANCE).param("zoom", "6").param("q", hidden))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		UserRef member = TestAccounts.create(context);
		var view = TestAccounts.callAs(member,
				() -> context.getBean(OrganisationMap.class)
					.view(new org.maillage.directory.OrganisationCriteria(hidden, null, null, null, null, null),
							OrganisationMap.Box.WORLD, 6));
		assertThat(view.total()).isEqualTo(1);
	}

	@Test
	void a_bad_box_is_refused_with_a_french_message() throws Exception {
		mvc.perform(get("/api/v1/organisations/geojson").param("bbox", "nord,sud"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ouest,sud,est,nord")));
	}

	@Test
	void the_map_page_has_the_filters_and_a_list_link_without_javascript() throws Exception {
		mvc.perform(get("/carte").param("q", token))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("350 organisation(s)")));
	}

	@Test
	void a_kind_that_does_not_exist_is_a_bad_request_not_an_error() throws Exception {
		mvc.perform(get("/carte").param("kind", "FUSEE")).andExpect(status().isBadRequest());
		mvc.perform(get("/annuaire").param("kind", "FUSEE")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/organisations/geojson").param("kind", "FUSEE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.kind").value("Cette valeur n'est pas acceptée."));
	}

}
