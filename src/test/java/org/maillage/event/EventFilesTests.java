package org.maillage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files of an event: the cover image and the synthesis' files, judged by their content,
 * handled by the organiser only, served so that no browser renders them as a page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventFilesTests {

	static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
		.getBytes(StandardCharsets.UTF_8);

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegistrationService registrations;

	@Autowired
	JdbcTemplate jdbc;

	record Fixture(UserRef organiser, UserRef stranger, long eventId) {
	}

	Fixture fixture() {
		var organiser = TestAccounts.create(context);
		var stranger = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		Event event = EventTestSupport.event(context, organiser,
				EventTestSupport.command(organisationId, 10, RegistrationMode.INDIVIDUAL, 1, 1));
		return new Fixture(organiser, stranger, event.id());
	}

	static byte[] png() throws Exception {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	@Test
	void the_organiser_uploads_a_cover_that_is_judged_by_its_content_and_served_with_nosniff() throws Exception {
		var f = fixture();
		String path = "/agenda/" + f.eventId() + "/couverture";
		var image = new MockMultipartFile("cover", "affiche.png", "image/png", png());

		// neither a visitor nor a member of another organisation
		mvc.perform(multipart(path).file(image).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart(path).file(image).with(TestAccounts.as(f.stranger())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get(path)).andExpect(status().isNotFound());

		// an HTML page renamed .png is refused next to the field, in French
		var session = mvc
			.perform(multipart(path).file(new MockMultipartFile("cover", "affiche.png", "image/png", HTML))
				.with(TestAccounts.as(f.organiser()))
				.with(csrf()))
			.andExpect(redirectedUrl("/agenda/" + f.eventId() + "/modifier#couverture"))
			.andExpect(flash().attribute("coverError", Matchers.containsString("n'est pas une image PNG ou JPEG")))
			.andReturn()
			.getResponse()
			.getCookies();
		mvc.perform(get("/agenda/" + f.eventId() + "/modifier").cookie(session).with(TestAccounts.as(f.organiser())))
			.andExpect(content().string(Matchers.containsString("id=\"cover-error\"")))
			.andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
		mvc.perform(get(path)).andExpect(status().isNotFound());

		mvc.perform(multipart(path).file(image).with(TestAccounts.as(f.organiser())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(png()));
		// shown, decorative, on the event page and in the calendar
		mvc.perform(get("/agenda/" + f.eventId()))
			.andExpect(content().string(Matchers.containsString("class=\"event-cover\" alt=\"\" src=\"" + path)));
		mvc.perform(get("/agenda")).andExpect(content().string(Matchers.containsString("src=\"" + path + "\"")));
	}

	@Test
	void the_organiser_attaches_synthesis_files_that_anyone_who_sees_the_event_downloads() throws Exception {
		var f = fixture();
		String token = registrations.register(f.eventId(), EventTestSupport.individual("Participante Fichier"))
			.leader()
			.token();
		String files = "/agenda/" + f.eventId() + "/synthese/fichiers";
		var pdf = new MockMultipartFile("file", "carte-mentale.pdf", "application/pdf", PDF);

		// participants (by their link or signed in) and visitors may not attach
		mvc.perform(multipart(files).file(pdf).param("jeton", token).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart(files).file(pdf).with(TestAccounts.as(f.stranger())).with(csrf()))
			.andExpect(status().isForbidden());

		// an HTML page, whatever its name, is refused with a French message next to the
		// field
		var session = mvc
			.perform(multipart(files).file(new MockMultipartFile("file", "diaporama.pdf", "application/pdf", HTML))
				.with(TestAccounts.as(f.organiser()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("fileError", Matchers.containsString("les pages web")))
			.andReturn()
			.getResponse()
			.getCookies();
		mvc.perform(get("/agenda/" + f.eventId() + "/synthese").cookie(session).with(TestAccounts.as(f.organiser())))
			.andExpect(content().string(Matchers.containsString("id=\"file-error\"")));
		mvc.perform(multipart(files).file(new MockMultipartFile("file", "vide.pdf", "application/pdf", new byte[0]))
			.with(TestAccounts.as(f.organiser()))
			.with(csrf())).andExpect(flash().attribute("fileError", Matchers.containsString("Choisissez")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_synthesis_file WHERE event_id = ?", Integer.class,
				f.eventId()))
			.isZero();

		mvc.perform(multipart(files).file(pdf).with(TestAccounts.as(f.organiser())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", Matchers.containsString("joint")));
		long fileId = jdbc.queryForObject("SELECT id FROM event_synthesis_file WHERE event_id = ?", Long.class,
				f.eventId());
		mvc.perform(get(files + "/" + fileId))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
			.andExpect(header().string("Content-Disposition", Matchers.containsString("carte-mentale.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/agenda/" + f.eventId() + "/synthese"))
			.andExpect(content().string(Matchers.containsString("carte-mentale.pdf")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Joindre le fichier"))));

		// only the organiser removes it; a file of another event is not found
		mvc.perform(post(files + "/" + fileId + "/supprimer").with(TestAccounts.as(f.stranger())).with(csrf()))
			.andExpect(status().isForbidden());
		var other = fixture();
		mvc.perform(get("/agenda/" + other.eventId() + "/synthese/fichiers/" + fileId))
			.andExpect(status().isNotFound());
		mvc.perform(post(files + "/" + fileId + "/supprimer").with(TestAccounts.as(f.organiser())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(files + "/" + fileId)).andExpect(status().isNotFound());
	}

	@Test
	void files_of_a_members_only_event_stay_hidden_from_visitors() throws Exception {
		var organiser = TestAccounts.create(context);
		var member = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		var open = EventTestSupport.command(organisationId, 10, RegistrationMode.INDIVIDUAL, 1, 1);
		Event event = EventTestSupport.event(context, organiser,
				new EventCommand(open.title(), open.format(), null, null, null, null, open.programme(), null,
						open.communeId(), null, open.startsAt(), open.endsAt(), organisationId, null, open.themes(),
						null, org.maillage.directory.Visibility.MEMBERS, 10, 0, null, null, null, open.mode(), 1, 1,
						false, open.teamLevel(), open.wishedRoles(), open.questions()));
		String cover = "/agenda/" + event.id() + "/couverture";
		mvc.perform(multipart(cover).file(new MockMultipartFile("cover", "a.png", "image/png", png()))
			.with(TestAccounts.as(organiser))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/agenda/" + event.id() + "/synthese/fichiers")
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
			.with(TestAccounts.as(organiser))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long fileId = jdbc.queryForObject("SELECT id FROM event_synthesis_file WHERE event_id = ?", Long.class,
				event.id());
		String file = "/agenda/" + event.id() + "/synthese/fichiers/" + fileId;
		mvc.perform(get(cover)).andExpect(status().isNotFound());
		mvc.perform(get(file)).andExpect(status().isNotFound());
		mvc.perform(get(cover).with(TestAccounts.as(member))).andExpect(status().isOk());
		mvc.perform(get(file).with(TestAccounts.as(member))).andExpect(status().isOk());
	}

}
