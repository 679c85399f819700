package org.maillage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.directory.Visibility;
import org.maillage.territory.TerritoryLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Where an event takes place (its commune on a map, the agenda map with the calendar's
 * filters) and how its organiser deletes it, telling the people registered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventPlaceAndDeletionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegistrationService registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void an_event_in_a_commune_is_on_the_maps_and_an_online_one_is_listed_apart() throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		Event inPelussin = EventTestSupport.event(context, organiser,
				EventTestSupport.command(organisationId, 15, RegistrationMode.INDIVIDUAL, 1, 1));
		Instant start = Instant.now().plus(Duration.ofDays(30));
		Event online = EventTestSupport.event(context, organiser,
				new EventCommand(EventTestSupport.unique("Webinaire"), EventFormat.WEBINAR, null, null, null, null,
						List.of(), null, null, "https://visio.exemple.fr/salle", start, start.plus(Duration.ofHours(2)),
						organisationId, null, Set.of(), null, Visibility.PUBLIC, 50, 0, null, null, null,
						RegistrationMode.INDIVIDUAL, 1, 1, false, TerritoryLevel.COMMUNE, Set.of(), List.of()));

		// the event page: a labelled map region with the place in text, usable without
		// JavaScript
		mvc.perform(get("/agenda/" + inPelussin.id()))
			.andExpect(content().string(Matchers.containsString("id=\"event-map\"")))
			.andExpect(content().string(
					Matchers.containsString("role=\"region\" aria-label=\"Carte : l&#39;événement a lieu à Pélussin")))
			.andExpect(content().string(Matchers.containsString("data-lat=\"45.")))
			.andExpect(content().string(Matchers.containsString("Salle des fêtes, Pélussin")))
			.andExpect(content().string(Matchers.containsString("/webjars/leaflet/dist/leaflet.js")))
			.andExpect(content().string(Matchers.containsString("openstreetmap.org/?mlat=45.")));
		mvc.perform(get("/agenda/" + online.id()))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"event-map\""))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("leaflet.js"))));

		// the agenda map: pins and the same events as text, the online one apart
		String map = mvc.perform(get("/agenda/carte").param("organisation", String.valueOf(organisationId)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(map).contains("id=\"agenda-map\"", "\"url\":\"/agenda/" + inPelussin.id() + "\"",
				"href=\"/agenda/" + inPelussin.id() + "\"", "href=\"/agenda/" + online.id() + "\"",
				"En ligne ou sans commune");
		assertThat(map).doesNotContain("\"url\":\"/agenda/" + online.id() + "\"");
		// the calendar's filters apply: a format leaves the webinar alone
		assertThat(mvc
			.perform(get("/agenda/carte").param("organisation", String.valueOf(organisationId))
				.param("format", "WEBINAR"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"/agenda/" + online.id() + "\"")
			.doesNotContain("href=\"/agenda/" + inPelussin.id() + "\"");
		mvc.perform(get("/agenda")).andExpect(content().string(Matchers.containsString("href=\"/agenda/carte")));
	}

	@Test
	void the_organiser_deletes_an_event_after_confirming_and_the_registered_people_are_told() throws Exception {
		var organiser = TestAccounts.create(context);
		var stranger = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		Event event = EventTestSupport.event(context, organiser,
				EventTestSupport.command(organisationId, 1, RegistrationMode.INDIVIDUAL, 1, 1));
		long id = event.id();
		var confirmed = EventTestSupport.individual("Ana Confirmée");
		var waiting = EventTestSupport.individual("Bob Attente");
		registrations.register(id, confirmed);
		registrations.register(id, waiting);

		// nobody else reaches the confirmation page or deletes
		mvc.perform(get("/agenda/" + id + "/supprimer")).andExpect(status().isForbidden());
		mvc.perform(get("/agenda/" + id + "/supprimer").with(TestAccounts.as(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/agenda/" + id + "/supprimer").with(TestAccounts.as(stranger)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/agenda/" + id + "/supprimer").with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/agenda/" + id)).andExpect(status().isOk());

		// the organiser's view leads to a confirmation page that says who will be told
		mvc.perform(get("/agenda/" + id + "/organisation").with(TestAccounts.as(organiser)))
			.andExpect(content().string(Matchers.containsString("href=\"/agenda/" + id + "/supprimer\"")));
		mvc.perform(get("/agenda/" + id + "/supprimer").with(TestAccounts.as(organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("2 personne(s) inscrite(s)")))
			.andExpect(content().string(Matchers.containsString("action=\"/agenda/" + id + "/supprimer\"")));
		mvc.perform(post("/agenda/" + id + "/supprimer").with(TestAccounts.as(organiser)).with(csrf()))
			.andExpect(redirectedUrl("/agenda"));
		mvc.perform(get("/agenda/" + id)).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_registration WHERE event_id = ?", Integer.class, id))
			.isZero();
		for (var person : List.of(confirmed, waiting)) {
			String body = await().atMost(Duration.ofSeconds(15))
				.until(() -> jdbc.queryForList("SELECT text_body FROM mail_outbox WHERE recipient = ? AND subject = ?",
						String.class, person.leader().email(), "Événement annulé : " + event.title()),
						bodies -> bodies.size() == 1)
				.getFirst();
			assertThat(body).contains(person.leader().name(), "est annulé");
		}
	}

}
