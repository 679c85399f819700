package org.maillage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.search.SearchAudience;
import org.maillage.search.SearchType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organiser's side: counts and personal data kept from others, decisions on the
 * waiting list, seats changed without dropping anyone, exports, the attendance sheet, the
 * feeds, the API, reminders and the search entry.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganiserTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegistrationService registrations;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	ReminderJob reminders;

	@Autowired
	EventSearchSource search;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_organiser_decides_changes_seats_and_exports_while_others_are_refused() throws Exception {
		var organiser = TestAccounts.create(context);
		var stranger = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		Event event = EventTestSupport.event(context, organiser,
				EventTestSupport.command(organisationId, 2, RegistrationMode.INDIVIDUAL, 1, 1));
		long id = event.id();
		var ana = registrations.register(id, EventTestSupport.individual("Ana Secrète"));
		registrations.register(id, EventTestSupport.individual("Bob Public"));
		var cleo = registrations.register(id, EventTestSupport.individual("Cléo Attente"));
		var dan = registrations.register(id, EventTestSupport.individual("Dan Refusé"));
		assertThat(cleo.isWaiting()).isTrue();

		// others see counts only; names only of those who consented (here all consented)
		mvc.perform(get("/agenda/" + id + "/organisation")).andExpect(status().isForbidden());
		mvc.perform(get("/agenda/" + id + "/organisation").with(TestAccounts.as(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/agenda/" + id + "/organisation/inscriptions.csv").with(TestAccounts.as(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/agenda/" + id))
			.andExpect(content().string(Matchers.containsString("2/2")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("@exemple.fr"))));
		for (String path : List.of("/organisation/places", "/organisation/inscriptions/" + cleo.id() + "/promouvoir",
				"/organisation/inscriptions/" + dan.id() + "/refuser", "/organisation/message")) {
			mvc.perform(post("/agenda/" + id + path).with(TestAccounts.as(stranger))
				.with(csrf())
				.param("capacity", "9")
				.param("reason", "non")
				.param("subject", "s")
				.param("text", "t")).andExpect(status().isForbidden());
		}

		mvc.perform(get("/agenda/" + id + "/organisation").with(TestAccounts.as(organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Ana Secrète")));
		// promoting by hand needs a free seat; refusing needs a reason
		mvc.perform(post("/agenda/" + id + "/organisation/inscriptions/" + cleo.id() + "/promouvoir")
			.with(TestAccounts.as(organiser))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(repository.findById(cleo.id()).orElseThrow().isWaiting()).isTrue();
		TestAccounts.callAs(organiser, () -> {
			registrations.refuse(dan.id(), "Public réservé aux élus");
			return null;
		});
		assertThat(repository.findById(dan.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.REFUSED);

		// more seats: Cléo gets one; fewer seats: nobody confirmed is dropped
		mvc.perform(post("/agenda/" + id + "/organisation/places").with(TestAccounts.as(organiser))
			.with(csrf())
			.param("capacity", "3")).andExpect(status().is3xxRedirection());
		assertThat(repository.findById(cleo.id()).orElseThrow().isConfirmed()).isTrue();
		mvc.perform(post("/agenda/" + id + "/organisation/places").with(TestAccounts.as(organiser))
			.with(csrf())
			.param("capacity", "-1")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/agenda/" + id + "/organisation/places").with(TestAccounts.as(organiser))
			.with(csrf())
			.param("capacity", "deux")).andExpect(status().is3xxRedirection());
		TestAccounts.callAs(organiser, () -> {
			registrations.changeSeats(id, 1, 0, null);
			return null;
		});
		assertThat(repository.findByEventIdOrderBySequence(id).stream().filter(Registration::isConfirmed)).hasSize(3);
		mvc.perform(get("/agenda/" + id + "/organisation").with(TestAccounts.as(organiser)))
			.andExpect(content().string(Matchers.containsString("Au-delà de la capacité")));
		// a cancellation while over capacity promotes nobody
		registrations.cancel(ana.leader().token());

		// exports
		mvc.perform(get("/agenda/" + id + "/organisation/inscriptions.csv").with(TestAccounts.as(organiser)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andExpect(content().string(Matchers.containsString("Cléo Attente")));
		mvc.perform(get("/agenda/" + id + "/organisation/inscriptions.xlsx").with(TestAccounts.as(organiser)))
			.andExpect(status().isOk());
		byte[] pdf = mvc.perform(get("/agenda/" + id + "/organisation/emargement.pdf").with(TestAccounts.as(organiser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Signature", "Bob Public", "Cléo Attente").doesNotContain("Dan Refusé");
		}

		// attendance on the day and a message to everyone
		long bobParticipant = jdbc.queryForObject(
				"SELECT id FROM event_participant WHERE name = 'Bob Public'"
						+ " AND registration_id IN (SELECT id FROM event_registration WHERE event_id = ?)",
				Long.class, id);
		mvc.perform(post("/agenda/" + id + "/organisation/presence/" + bobParticipant).with(TestAccounts.as(organiser))
			.with(csrf())
			.param("present", "true")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT attended FROM event_participant WHERE id = ?", Boolean.class,
				bobParticipant))
			.isTrue();
		mvc.perform(post("/agenda/" + id + "/organisation/message").with(TestAccounts.as(organiser))
			.with(csrf())
			.param("subject", "Covoiturage")
			.param("text", "Départ 8h30 de la gare.")).andExpect(status().is3xxRedirection());
	}

	@Test
	void feeds_api_reminders_and_search_show_public_things_only() throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		Event event = EventTestSupport.event(context, organiser,
				EventTestSupport.command(organisationId, 5, RegistrationMode.INDIVIDUAL, 1, 1));
		var command = EventTestSupport.command(organisationId, 5, RegistrationMode.INDIVIDUAL, 1, 1);
		Event hidden = EventTestSupport.event(context, organiser,
				new EventCommand("Comité interne", command.format(), null, null, null, null, List.of(), null, null,
						"https://visio.exemple.fr/x", command.startsAt(), command.endsAt(), organisationId, null,
						Set.of(), null, org.maillage.directory.Visibility.MEMBERS, 5, 0, null, null, null,
						RegistrationMode.INDIVIDUAL, 1, 1, false, null, Set.of(), List.of()));

		String ics = mvc.perform(get("/agenda.ics").param("organisation", String.valueOf(organisationId)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
		assertThat(calendar.getComponents("VEVENT")).hasSize(1);
		assertThat(ics).contains(event.title().substring(event.title().lastIndexOf(' ') + 1))
			.doesNotContain("Comité interne");
		mvc.perform(get("/annuaire/organisations/" + organisationId + "/agenda.ics")).andExpect(status().isOk());
		mvc.perform(get("/agenda/" + hidden.id())).andExpect(status().isNotFound());
		mvc.perform(get("/agenda/" + event.id()))
			.andExpect(content().string(Matchers.containsString("\"@type\":\"Event\"")))
			.andExpect(content().string(Matchers.containsString("calendar.google.com")));
		String suffix = event.title().substring(event.title().lastIndexOf(' ') + 1);
		mvc.perform(get("/agenda"))
			.andExpect(content().string(Matchers.containsString(suffix)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Comité interne"))));
		mvc.perform(get("/agenda").param("vue", "mois")).andExpect(status().isOk());
		mvc.perform(get("/agenda").param("format", "PAS_UN_FORMAT")).andExpect(status().isBadRequest());
		// a theme filter reads each event's themes (once failed outside the transaction)
		for (String view : List.of("/agenda", "/agenda/carte")) {
			mvc.perform(get(view).param("theme", "alimentation"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString(suffix))));
		}

		// API: public read, register with a token, cancel, organiser's list refused to
		// others
		mvc.perform(get("/api/v1/events/" + event.id())).andExpect(jsonPath("$.event.capacity").value(5));
		mvc.perform(get("/api/v1/events/" + hidden.id())).andExpect(status().isNotFound());
		mvc.perform(
				post("/api/v1/events/" + event.id() + "/registrations").contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized());
		var member = TestAccounts.create(context);
		String body = "{\"leader\":{\"name\":\"Api Personne\",\"email\":\"" + EventTestSupport.email()
				+ "\",\"role\":\"AGENT\",\"consent\":false}}";
		String created = mvc
			.perform(post("/api/v1/events/" + event.id() + "/registrations").with(TestAccounts.as(member))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(post("/api/v1/events/" + event.id() + "/registrations").with(TestAccounts.as(member))
			.contentType("application/json")
			.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("déjà inscrite")));
		mvc.perform(get("/api/v1/events/" + event.id() + "/registrations").with(TestAccounts.as(member)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/events/" + event.id() + "/registrations").with(TestAccounts.as(organiser)))
			.andExpect(jsonPath("$[0].participants[0].name").value("Api Personne"));
		String token = com.jayway.jsonpath.JsonPath.read(created, "$.participants[0].token");
		mvc.perform(delete("/api/v1/events/" + event.id() + "/registrations/" + token).with(TestAccounts.as(member)))
			.andExpect(status().isNoContent());

		// reminders: once per registration, for events starting within a day
		var soon = EventTestSupport.command(organisationId, 5, RegistrationMode.INDIVIDUAL, 1, 1);
		Instant start = Instant.now().plus(Duration.ofHours(20));
		Event tomorrow = EventTestSupport.event(context, organiser,
				new EventCommand(EventTestSupport.unique("Demain"), soon.format(), null, null, null, null, List.of(),
						"Mairie", null, null, start, start.plus(Duration.ofHours(3)), organisationId, null, Set.of(),
						null, null, 5, 0, null, null, null, RegistrationMode.INDIVIDUAL, 1, 1, false, null, Set.of(),
						List.of()));
		var person = EventTestSupport.individual("Rappel Personne");
		registrations.register(tomorrow.id(), person);
		reminders.sendDue(Instant.now());
		reminders.sendDue(Instant.now());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?",
				Integer.class, person.leader().email(), "C'est demain%"))
			.isEqualTo(1);

		// search: public for everyone, members-only for members
		assertThat(search.entry(String.valueOf(event.id())).orElseThrow().audience())
			.isEqualTo(SearchAudience.EVERYONE);
		assertThat(search.entry(String.valueOf(hidden.id())).orElseThrow().audience())
			.isEqualTo(SearchAudience.MEMBERS);
		assertThat(search.type()).isEqualTo(SearchType.EVENT);
	}

	@Test
	void a_mail_listener_run_again_after_a_crash_sends_nothing_twice() throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		Event event = EventTestSupport.event(context, organiser,
				EventTestSupport.command(organisationId, 5, RegistrationMode.INDIVIDUAL, 1, 1));
		var person = EventTestSupport.individual("Une Fois");
		var registration = registrations.register(event.id(), person);
		var mails = context.getBean(EventMails.class);
		// the registry republishes an event whose listener did not complete: same key, no
		// second mail
		mails.on(new EventMailEvents.RegistrationReceived(registration.id()));
		mails.on(new EventMailEvents.RegistrationReceived(registration.id()));
		org.awaitility.Awaitility.await()
			.during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class,
					person.leader().email()), count -> count == 1);
	}

}
