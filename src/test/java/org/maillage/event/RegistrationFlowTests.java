package org.maillage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Registering through the pages: an organiser creates the day, a team and individuals
 * register, mails go out (kept in the outbox here), a cancellation by the mailed link
 * promotes the first on the waiting list; bad input gets French messages next to fields.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_team_and_individuals_register_and_a_cancellation_promotes_the_first_waiting() throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		long eventId = createEvent(organiser, organisationId, "4",
				Map.of("mode", "BOTH", "questions", "Repas sur place ? | oui-non | obligatoire"));
		long questionId = jdbc.queryForObject("SELECT id FROM event_question WHERE event_id = ?", Long.class, eventId);

		String leader = EventTestSupport.email();
		String member1 = EventTestSupport.email();
		String member2 = EventTestSupport.email();
		mvc.perform(post("/agenda/" + eventId + "/inscription").with(csrf())
			.param("team", "true")
			.param("name", "Claire Leader")
			.param("email", leader)
			.param("role", "ELECTED")
			.param("territory", "com:42168")
			.param("answers[" + questionId + "]", "oui")
			.param("members[0].name", "Marc Agent")
			.param("members[0].email", member1)
			.param("members[0].role", "AGENT")
			.param("members[1].name", "Lou Asso")
			.param("members[1].email", member2)
			.param("members[1].role", "CIVIL_SOCIETY"))
			.andDo(r -> System.out
				.println("DEBUGBODY " + java.util.Arrays.stream(r.getResponse().getContentAsString().split("\n"))
					.filter(l -> l.contains("error"))
					.toList()))
			.andExpect(status().is3xxRedirection());
		String firstIndividual = register(eventId, questionId, "Ana Première");
		String waiting = register(eventId, questionId, "Bea Attente");
		mvc.perform(get("/agenda/" + eventId)).andExpect(content().string(Matchers.containsString("4/4")));

		// mails: leader confirmed with .ics, members get their confirmation link, waiting
		// told
		String leaderMail = awaitMail(leader, "Inscription confirmée");
		assertThat(leaderMail).contains("/inscriptions/");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment a JOIN mail_outbox m ON m.id = a.mail_id"
				+ " WHERE m.recipient = ? AND a.filename = 'evenement.ics'", Integer.class, leader))
			.isEqualTo(1);
		String memberToken = token(awaitMail(member1, "Confirmez votre participation"));
		awaitMail(emailOf(waiting), "Liste d'attente");

		// the member confirms; a required answer missing is refused in French
		mvc.perform(post("/inscriptions/" + memberToken + "/confirmer").with(csrf()).param("consent", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Réponse obligatoire")));
		mvc.perform(post("/inscriptions/" + memberToken + "/confirmer").with(csrf())
			.param("consent", "true")
			.param("answers[" + questionId + "]", "non")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/agenda/" + eventId)).andExpect(content().string(Matchers.containsString("Marc Agent")));

		// the first individual cancels by the link: the waiting one is promoted and told
		mvc.perform(post("/inscriptions/" + firstIndividual + "/annuler").with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/inscriptions/" + waiting)).andExpect(content().string(Matchers.containsString("Confirmée")));
		assertThat(token(awaitMail(emailOf(waiting), "Une place s'est libérée"))).isEqualTo(waiting);
		// a person who cancelled can register again (waiting, since it is full again)
		mvc.perform(post("/agenda/" + eventId + "/inscription").with(csrf())
			.param("name", "Ana Première")
			.param("email",
					jdbc.queryForObject("SELECT p.email FROM event_participant p WHERE p.token = ?", String.class,
							firstIndividual))
			.param("role", "AGENT")
			.param("answers[" + questionId + "]", "oui")).andExpect(status().is3xxRedirection());
	}

	@Test
	void bad_registrations_are_explained_and_write_nothing() throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		long eventId = createEvent(organiser, organisationId, "15",
				Map.of("mode", "TEAM", "oneTeamPerTerritory", "true", "teamLevel", "EPCI"));
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM event_registration WHERE event_id = ?", Integer.class,
				eventId);
		// a team too small
		mvc.perform(post("/agenda/" + eventId + "/inscription").with(csrf())
			.param("team", "true")
			.param("name", "Seul")
			.param("email", EventTestSupport.email())
			.param("role", "AGENT")
			.param("territory", "com:42168"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Une équipe compte de 2 à 3 personnes")));
		// a bad e-mail, kept in the form
		mvc.perform(post("/agenda/" + eventId + "/inscription").with(csrf())
			.param("team", "true")
			.param("name", "Nom")
			.param("email", "pas-une-adresse")
			.param("role", "AGENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Adresse e-mail invalide")))
			.andExpect(content().string(Matchers.containsString("pas-une-adresse")));
		// a team from Pélussin, then another from the same EPCI
		String taken = EventTestSupport.email();
		teamOfTwo(eventId, taken, "com:42168").andExpect(status().is3xxRedirection());
		teamOfTwo(eventId, EventTestSupport.email(), "com:42168").andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Une équipe de ce territoire est déjà inscrite")));
		// an e-mail already registered
		teamOfTwo(eventId, taken, "com:42218").andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("déjà inscrite à cet événement")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_registration WHERE event_id = ?", Integer.class,
				eventId))
			.isEqualTo(before + 1);
		mvc.perform(get("/agenda/999999")).andExpect(status().isNotFound());
		mvc.perform(get("/inscriptions/nope")).andExpect(status().isNotFound());
	}

	@Test
	void only_members_of_the_organisation_create_and_organise_events() throws Exception {
		var organiser = TestAccounts.create(context);
		var stranger = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		long eventId = createEvent(organiser, organisationId, "10", Map.of());
		mvc.perform(post("/agenda/nouveau").with(csrf()).param("title", "x")).andExpect(status().is4xxClientError());
		mvc.perform(post("/agenda/nouveau").with(TestAccounts.as(stranger))
			.with(csrf())
			.param("title", "Intrus")
			.param("format", "WORKSHOP")
			.param("day", LocalDate.now().plusDays(3).toString())
			.param("startTime", "09:00")
			.param("endTime", "12:00")
			.param("organisationId", String.valueOf(organisationId))
			.param("capacity", "10")
			.param("mode", "INDIVIDUAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Choisissez une organisation dont vous êtes membre")));
		mvc.perform(get("/agenda/" + eventId + "/modifier").with(TestAccounts.as(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/agenda/" + eventId + "/modifier").with(csrf())).andExpect(status().is4xxClientError());
		// bad numbers and dates are explained next to their fields
		mvc.perform(post("/agenda/nouveau").with(TestAccounts.as(organiser))
			.with(csrf())
			.param("title", "Atelier")
			.param("format", "WORKSHOP")
			.param("day", "31/02/2026")
			.param("startTime", "9h")
			.param("endTime", "12:00")
			.param("organisationId", String.valueOf(organisationId))
			.param("capacity", "-3")
			.param("mode", "INDIVIDUAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Indiquez une date valide")))
			.andExpect(content().string(Matchers.containsString("Indiquez une heure valide")))
			.andExpect(content().string(Matchers.containsString("Au moins une place")));
	}

	@Test
	void two_organisers_editing_at_once_see_both_versions_and_nothing_is_overwritten() throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		long eventId = createEvent(organiser, organisationId, "12", Map.of());
		var edit = post("/agenda/" + eventId + "/modifier").with(TestAccounts.as(organiser))
			.with(csrf())
			.param("format", "PRACTICE_DAY")
			.param("day", LocalDate.now().plusDays(30).toString())
			.param("startTime", "9:30")
			.param("endTime", "17:00")
			.param("organisationId", String.valueOf(organisationId))
			.param("capacity", "12")
			.param("mode", "INDIVIDUAL")
			.param("version", "0");
		mvc.perform(edit.param("title", "Version de Camille")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/agenda/" + eventId + "/modifier").with(TestAccounts.as(organiser))
			.with(csrf())
			.param("title", "Version de Dominique")
			.param("format", "PRACTICE_DAY")
			.param("day", LocalDate.now().plusDays(30).toString())
			.param("startTime", "9:30")
			.param("endTime", "17:00")
			.param("organisationId", String.valueOf(organisationId))
			.param("capacity", "12")
			.param("mode", "INDIVIDUAL")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Version de Camille")))
			.andExpect(content().string(Matchers.containsString("Version de Dominique")));
		assertThat(jdbc.queryForObject("SELECT title FROM event_event WHERE id = ?", String.class, eventId))
			.isEqualTo("Version de Camille");
	}

	@Test
	void the_organiser_is_alerted_once_at_fifty_percent() throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		long eventId = createEvent(organiser, organisationId, "4", Map.of());
		var service = context.getBean(RegistrationService.class);
		service.register(eventId, EventTestSupport.individual("Un"));
		service.register(eventId, EventTestSupport.individual("Deux"));
		service.register(eventId, EventTestSupport.individual("Trois"));
		awaitMail(organiser.email(), "rempli à 50 %");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?",
				Integer.class, organiser.email(), "%50 %%"))
			.isEqualTo(1);
	}

	private org.springframework.test.web.servlet.ResultActions teamOfTwo(long eventId, String email, String territory)
			throws Exception {
		return mvc.perform(post("/agenda/" + eventId + "/inscription").with(csrf())
			.param("team", "true")
			.param("name", "Chef")
			.param("email", email)
			.param("role", "ELECTED")
			.param("territory", territory)
			.param("members[0].name", "Deux")
			.param("members[0].email", EventTestSupport.email())
			.param("members[0].role", "AGENT"));
	}

	long createEvent(UserRef organiser, long organisationId, String capacity, Map<String, String> extra)
			throws Exception {
		var request = post("/agenda/nouveau").with(TestAccounts.as(organiser))
			.with(csrf())
			.param("title", EventTestSupport.unique("Journée"))
			.param("format", "PRACTICE_DAY")
			.param("day", LocalDate.now().plusDays(30).toString())
			.param("startTime", "9:30")
			.param("endTime", "17:00")
			.param("commune", "com:42168")
			.param("organisationId", String.valueOf(organisationId))
			.param("capacity", capacity)
			.param("teamMin", "2")
			.param("teamMax", "3")
			.param("programme", "9h30 | Décrypter qui fait quoi\n11h | Découvrir des outils | | Camille")
			.param("mode", extra.getOrDefault("mode", "INDIVIDUAL"));
		extra.forEach((key, value) -> {
			if (!key.equals("mode")) {
				request.param(key, value);
			}
		});
		String location = mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var matcher = Pattern.compile("/agenda/(\\d+)$").matcher(location);
		assertThat(matcher.find()).as(location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String register(long eventId, long questionId, String name) throws Exception {
		String email = EventTestSupport.email();
		String location = mvc
			.perform(post("/agenda/" + eventId + "/inscription").with(csrf())
				.param("name", name)
				.param("email", email)
				.param("role", "AGENT")
				.param("consent", "true")
				.param("answers[" + questionId + "]", "oui"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/** The latest mail to that address with that subject, once it is in the outbox. */
	String awaitMail(String to, String subject) {
		return await().atMost(Duration.ofSeconds(15)).until(() -> {
			List<String> bodies = jdbc.queryForList(
					"SELECT text_body FROM mail_outbox WHERE recipient = ? AND subject LIKE ? ORDER BY id DESC",
					String.class, to, "%" + subject + "%");
			return bodies.isEmpty() ? null : bodies.getFirst();
		}, body -> body != null);
	}

	String emailOf(String token) {
		return jdbc.queryForObject("SELECT email FROM event_participant WHERE token = ?", String.class, token);
	}

	static String token(String mail) {
		var matcher = Pattern.compile("/inscriptions/([A-Za-z0-9_-]+)").matcher(mail);
		assertThat(matcher.find()).as(mail).isTrue();
		return matcher.group(1);
	}

}
