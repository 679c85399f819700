package org.maillage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Finding a date without accounts, and what remains after the event. */
@SpringBootTest
@AutoConfigureMockMvc
class PollAndSynthesisTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegistrationService registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void people_answer_a_poll_without_account_and_the_creator_turns_the_best_slot_into_an_event() throws Exception {
		mvc.perform(post("/sondages/nouveau").with(csrf()).param("title", "Copil").param("slots", "demain matin"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Ligne 1")));
		mvc.perform(post("/sondages/nouveau").with(csrf()).param("title", "").param("slots", "03/12/2026 9h30-12h"))
			.andExpect(content().string(Matchers.containsString("Indiquez l&#39;objet")));
		String results = mvc
			.perform(post("/sondages/nouveau").with(csrf())
				.param("title", "Comité de pilotage")
				.param("slots", "03/12/2026 9h30-12h\n2026-12-04 14:00-17:00"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var matcher = Pattern.compile("/sondages/([^/]+)/resultats\\?cle=(.+)$").matcher(results);
		assertThat(matcher.find()).isTrue();
		String token = matcher.group(1);
		String page = mvc.perform(get("/sondages/" + token)).andReturn().getResponse().getContentAsString();
		var slotIds = Pattern.compile("name=\"slot-(\\d+)\"")
			.matcher(page)
			.results()
			.map(m -> m.group(1))
			.distinct()
			.toList();
		assertThat(slotIds).hasSize(2);
		mvc.perform(post("/sondages/" + token).with(csrf()).param("slot-" + slotIds.get(0), "YES"))
			.andExpect(content().string(Matchers.containsString("Indiquez votre nom")));
		mvc.perform(post("/sondages/" + token).with(csrf())
			.param("name", "Élise")
			.param("slot-" + slotIds.get(0), "NO")
			.param("slot-" + slotIds.get(1), "YES")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/sondages/" + token).with(csrf())
			.param("name", "Hugo")
			.param("slot-" + slotIds.get(0), "IF_NEEDED")
			.param("slot-" + slotIds.get(1), "YES")).andExpect(status().is3xxRedirection());
		// the creator sees the 4 December first, with a link to create the event
		String creator = mvc.perform(get(results)).andReturn().getResponse().getContentAsString();
		assertThat(creator.indexOf("4 décembre")).isLessThan(creator.indexOf("3 décembre"));
		assertThat(creator).contains("day=2026-12-04", "startTime=14");
		// a respondent does not get it
		assertThat(mvc.perform(get("/sondages/" + token + "/resultats")).andReturn().getResponse().getContentAsString())
			.doesNotContain("startTime=");
		var organiser = TestAccounts.create(context);
		EventTestSupport.organisationOf(context, organiser);
		mvc.perform(get("/agenda/nouveau").with(TestAccounts.as(organiser))
			.param("title", "Comité de pilotage")
			.param("day", "2026-12-04")
			.param("startTime", "14:00")
			.param("endTime", "17:00")).andExpect(content().string(Matchers.containsString("value=\"2026-12-04\"")));
		mvc.perform(get("/sondages/inconnu")).andExpect(status().isNotFound());
	}

	@Test
	void participants_contribute_and_support_and_the_organiser_publishes_and_groups() throws Exception {
		var organiser = TestAccounts.create(context);
		var member = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		Event event = EventTestSupport.event(context, organiser,
				EventTestSupport.command(organisationId, 10, RegistrationMode.INDIVIDUAL, 1, 1));
		long id = event.id();
		String token = registrations.register(id, EventTestSupport.individual("Participante Lien")).leader().token();

		// anonymous visitors read but may not contribute, publish or group
		mvc.perform(post("/agenda/" + id + "/contributions").with(csrf()).param("text", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/agenda/" + id + "/synthese").with(csrf())
			.with(TestAccounts.as(member))
			.param("text", "Piratage")).andExpect(status().isForbidden());
		mvc.perform(post("/agenda/" + id + "/contributions").with(csrf())
			.param("jeton", token)
			.param("kind", "NEED")
			.param("text", "Un modèle de convention d'articulation")).andExpect(status().is3xxRedirection());
		mvc.perform(
				post("/agenda/" + id + "/contributions").with(csrf()).with(TestAccounts.as(member)).param("text", " "))
			.andExpect(status().is3xxRedirection());
		long contribution = jdbc.queryForObject("SELECT id FROM event_contribution WHERE event_id = ?", Long.class, id);
		mvc.perform(post("/agenda/" + id + "/contributions/" + contribution + "/soutien").with(csrf())
			.with(TestAccounts.as(member))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/agenda/" + id + "/contributions/" + contribution + "/soutien").with(csrf())
			.with(TestAccounts.as(member))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT supporters FROM event_contribution WHERE id = ?", Integer.class,
				contribution))
			.isEqualTo(1);
		mvc.perform(post("/agenda/" + id + "/contributions/" + contribution + "/theme").with(csrf())
			.with(TestAccounts.as(member))
			.param("theme", "Outils")).andExpect(status().isForbidden());
		mvc.perform(post("/agenda/" + id + "/contributions/" + contribution + "/theme").with(csrf())
			.with(TestAccounts.as(organiser))
			.param("theme", "Outils juridiques")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/agenda/" + id + "/synthese").with(csrf())
			.with(TestAccounts.as(organiser))
			.param("text", "## Ce que nous retenons\n<script>alert(1)</script>")
			.param("links", "Carte mentale | https://exemple.fr/carte.png")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/agenda/" + id + "/synthese"))
			.andExpect(content().string(Matchers.containsString("Outils juridiques")))
			.andExpect(content().string(Matchers.containsString("Ce que nous retenons")))
			.andExpect(content().string(Matchers.containsString("https://exemple.fr/carte.png")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))));
	}

	@Test
	void the_api_creates_polls_for_token_holders_and_shows_them_to_everyone() throws Exception {
		String body = "{\"title\":\"Réunion API\",\"slots\":[{\"startsAt\":\"2030-03-04T08:30:00Z\","
				+ "\"endsAt\":\"2030-03-04T11:00:00Z\"}]}";
		mvc.perform(post("/api/v1/polls").contentType("application/json").content(body))
			.andExpect(status().isUnauthorized());
		var user = TestAccounts.create(context);
		String created = mvc
			.perform(post("/api/v1/polls").with(TestAccounts.as(user)).contentType("application/json").content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = com.jayway.jsonpath.JsonPath.read(created, "$.token");
		mvc.perform(get("/api/v1/polls/" + token))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.bestFirst[0].startsAt")
				.value("2030-03-04T08:30:00Z"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.ownerKey")
				.doesNotExist());
		mvc.perform(post("/api/v1/polls").with(TestAccounts.as(user))
			.contentType("application/json")
			.content("{\"title\":\"\",\"slots\":[]}")).andExpect(status().isUnprocessableContent());
	}

}
