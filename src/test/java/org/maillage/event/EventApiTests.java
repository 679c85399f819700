package org.maillage.event;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.directory.MembershipRole;
import org.maillage.directory.MembershipService;
import org.maillage.directory.PersonProfileService;
import org.maillage.directory.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The events' JSON API shows what the page shows: the cover, where the commune is, the
 * facilitators (people only when the caller may see their profile) and the synthesis'
 * files, to those who may see the event.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MembershipService memberships;

	@Autowired
	PersonProfileService profiles;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_visitor_reads_the_cover_place_facilitators_and_files_of_a_public_event() throws Exception {
		var organiser = TestAccounts.create(context);
		var open = TestAccounts.create(context);
		var discreet = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		invite(organiser, organisationId, open);
		invite(organiser, organisationId, discreet);
		TestAccounts.callAs(open, () -> {
			profiles.update("Chargée de mission", null, Visibility.PUBLIC);
			return null;
		});
		TestAccounts.callAs(discreet, () -> {
			profiles.update("Élu", null, Visibility.MEMBERS);
			return null;
		});
		Event event = TestAccounts.callAs(organiser,
				() -> context.getBean(EventService.class)
					.create(EventTestSupport.command(organisationId, 12, RegistrationMode.INDIVIDUAL, 1, 1),
							List.of(open.id(), discreet.id())));
		String page = "/agenda/" + event.id();
		String api = "/api/v1/events/" + event.id();

		// before any upload: no cover, no file
		mvc.perform(get(api))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.event.coverUrl").value(Matchers.nullValue()))
			.andExpect(jsonPath("$.synthesisFiles").isEmpty());

		mvc.perform(multipart(page + "/couverture")
			.file(new MockMultipartFile("cover", "affiche.png", "image/png", EventFilesTests.png()))
			.with(TestAccounts.as(organiser))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(multipart(page + "/synthese/fichiers")
			.file(new MockMultipartFile("file", "carte-mentale.pdf", "application/pdf", EventFilesTests.PDF))
			.with(TestAccounts.as(organiser))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long fileId = jdbc.queryForObject("SELECT id FROM event_synthesis_file WHERE event_id = ?", Long.class,
				event.id());

		mvc.perform(get(api))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.event.coverUrl").value(Matchers.endsWith(page + "/couverture")))
			// Pélussin's centroid
			.andExpect(jsonPath("$.event.coordinates.latitude").value(Matchers.closeTo(45.42, 0.01)))
			.andExpect(jsonPath("$.event.coordinates.longitude").value(Matchers.closeTo(4.68, 0.01)))
			.andExpect(jsonPath("$.facilitators").value("Camille, Dominique"))
			// a visitor sees the public profile only
			.andExpect(jsonPath("$.facilitatorPeople.length()").value(1))
			.andExpect(jsonPath("$.facilitatorPeople[0].name").value(open.displayName()))
			.andExpect(jsonPath("$.facilitatorPeople[0].profileUrl")
				.value(Matchers.endsWith("/annuaire/personnes/" + open.id())))
			.andExpect(jsonPath("$.synthesisFiles.length()").value(1))
			.andExpect(jsonPath("$.synthesisFiles[0].name").value("carte-mentale.pdf"))
			.andExpect(jsonPath("$.synthesisFiles[0].size").value(EventFilesTests.PDF.length))
			.andExpect(jsonPath("$.synthesisFiles[0].mediaType").value("application/pdf"))
			.andExpect(
					jsonPath("$.synthesisFiles[0].url").value(Matchers.endsWith(page + "/synthese/fichiers/" + fileId)))
			.andExpect(content().string(Matchers.not(Matchers.containsString(discreet.displayName()))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("storedName"))));
		// a signed-in member also sees the members-only profile, in the organiser's order
		mvc.perform(get(api).with(TestAccounts.as(TestAccounts.create(context))))
			.andExpect(jsonPath("$.facilitatorPeople[*].name")
				.value(Matchers.contains(open.displayName(), discreet.displayName())));
		// the calendar lists the cover and the place too; the advertised URLs answer
		mvc.perform(get("/api/v1/events"))
			.andExpect(jsonPath("$[?(@.id == " + event.id() + ")].coverUrl")
				.value(Matchers.contains(Matchers.endsWith(page + "/couverture"))))
			.andExpect(jsonPath("$[?(@.id == " + event.id() + ")].coordinates.latitude")
				.value(Matchers.contains(Matchers.closeTo(45.42, 0.01))));
		mvc.perform(get(page + "/couverture")).andExpect(status().isOk());
		mvc.perform(get(page + "/synthese/fichiers/" + fileId)).andExpect(status().isOk());
	}

	@Test
	void an_online_event_without_a_commune_has_no_coordinates() throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		var c = EventTestSupport.command(organisationId, 10, RegistrationMode.INDIVIDUAL, 1, 1);
		Event event = EventTestSupport.event(context, organiser,
				new EventCommand(c.title(), EventFormat.WEBINAR, null, null, null, null, c.programme(), null, null,
						"https://visio.exemple.org/salle", c.startsAt(), c.endsAt(), organisationId, null, c.themes(),
						null, Visibility.PUBLIC, 10, 0, null, null, null, c.mode(), 1, 1, false, c.teamLevel(),
						c.wishedRoles(), c.questions()));
		mvc.perform(get("/api/v1/events/" + event.id()))
			.andExpect(jsonPath("$.event.coordinates").value(Matchers.nullValue()))
			.andExpect(jsonPath("$.event.onlineUrl").value("https://visio.exemple.org/salle"))
			.andExpect(jsonPath("$.facilitatorPeople").isEmpty());
	}

	@Test
	void the_files_of_a_members_only_event_are_not_listed_to_a_visitor() throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		var c = EventTestSupport.command(organisationId, 10, RegistrationMode.INDIVIDUAL, 1, 1);
		Event event = EventTestSupport.event(context, organiser,
				new EventCommand(c.title(), c.format(), null, null, null, null, c.programme(), null, c.communeId(),
						null, c.startsAt(), c.endsAt(), organisationId, null, c.themes(), null, Visibility.MEMBERS, 10,
						0, null, null, null, c.mode(), 1, 1, false, c.teamLevel(), c.wishedRoles(), c.questions()));
		mvc.perform(multipart("/agenda/" + event.id() + "/synthese/fichiers")
			.file(new MockMultipartFile("file", "compte-rendu-interne.pdf", "application/pdf", EventFilesTests.PDF))
			.with(TestAccounts.as(organiser))
			.with(csrf())).andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/events/" + event.id()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.not(Matchers.containsString("compte-rendu-interne"))));
		mvc.perform(get("/api/v1/events"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(event.title()))));
		mvc.perform(get("/api/v1/events/" + event.id()).with(TestAccounts.as(TestAccounts.create(context))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.synthesisFiles[0].name").value("compte-rendu-interne.pdf"));
	}

	private void invite(UserRef admin, long organisationId, UserRef person) {
		TestAccounts.callAs(admin, () -> {
			memberships.invite(organisationId, person.email(), null, MembershipRole.MEMBER);
			return null;
		});
	}

}
