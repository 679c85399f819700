package org.maillage.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.resource.ResourceTestSupport.createToolSheet;
import static org.maillage.resource.ResourceTestSupport.pdf;
import static org.maillage.resource.ResourceTestSupport.published;
import static org.maillage.resource.ResourceTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Editing resources: attachments checked by content, versions kept, concurrent edits
 * shown side by side, bad input explained next to the field, and the API's rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResourceEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ResourceRepository resources;

	@Test
	void html_and_executables_are_refused_a_pdf_is_served_as_an_attachment_and_counted() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long id = createToolSheet(mvc, author, unique("Comité de pilotage"), "PUBLIC");
		mvc.perform(multipart("/ressources/" + id + "/fichiers")
			.file(new MockMultipartFile("file", "fiche.pdf", "application/pdf",
					"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.with(TestAccounts.as(author))
			.with(csrf()))
			.andExpect(flash().attribute("fileError", Matchers.containsString("pages web (HTML) sont refusés")));
		byte[] elf = new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0 };
		mvc.perform(multipart("/ressources/" + id + "/fichiers")
			.file(new MockMultipartFile("file", "outil.pdf", "application/pdf", elf))
			.with(TestAccounts.as(author))
			.with(csrf())).andExpect(flash().attribute("fileError", Matchers.containsString("refusés")));
		mvc.perform(multipart("/ressources/" + id + "/fichiers")
			.file(new MockMultipartFile("file", "cr.docx", "application/octet-stream", docx()))
			.with(TestAccounts.as(author))
			.with(csrf())).andExpect(flash().attribute("flash", "Fichier ajouté."));
		mvc.perform(multipart("/ressources/" + id + "/fichiers")
			.file(new MockMultipartFile("file", "../../etc/ordre du jour.pdf", "text/html", pdf("Ordre du jour")))
			.with(TestAccounts.as(author))
			.with(csrf())).andExpect(flash().attribute("flash", "Fichier ajouté."));
		var other = TestAccounts.create(context);
		mvc.perform(multipart("/ressources/" + id + "/fichiers")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf("x")))
			.with(TestAccounts.as(other))
			.with(csrf())).andExpect(status().isNotFound());

		String edit = mvc.perform(get("/ressources/" + id + "/modifier").with(TestAccounts.as(author)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("ordre du jour.pdf").contains("cr.docx").doesNotContain("etc/");
		var matcher = java.util.regex.Pattern.compile("/ressources/" + id + "/fichiers/(\\d+)\">ordre du jour.pdf")
			.matcher(edit);
		assertThat(matcher.find()).isTrue();
		String file = "/ressources/" + id + "/fichiers/" + matcher.group(1);
		mvc.perform(get(file)).andExpect(status().isNotFound());

		mvc.perform(post("/ressources/" + id + "/soumettre").with(TestAccounts.as(author)).with(csrf()));
		mvc.perform(post("/ressources/" + id + "/publier").with(TestAccounts.as(animator)).with(csrf()));
		mvc.perform(get(file))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")));
		assertThat(resources.findById(id).orElseThrow().downloadCount()).isEqualTo(1);
	}

	@Test
	void two_people_editing_the_same_version_see_a_conflict_and_nothing_is_overwritten() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long id = createToolSheet(mvc, author, unique("Calendrier partagé"), "PUBLIC");
		long version = resources.findById(id).orElseThrow().version();
		mvc.perform(post("/ressources/" + id + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("title", "Calendrier partagé du réseau")
			.param("fields[purpose]", "Version de l'animatrice")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/ressources/" + id + "/modifier").with(TestAccounts.as(author))
			.with(csrf())
			.param("title", "Calendrier partagé (auteur)")
			.param("fields[purpose]", "Version de l'auteur")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Modifiée entre-temps")))
			.andExpect(content().string(Matchers.containsString("Version de l&#39;animatrice")))
			.andExpect(content().string(Matchers.containsString("Version de l&#39;auteur")));
		assertThat(resources.findById(id).orElseThrow().title()).isEqualTo("Calendrier partagé du réseau");

		mvc.perform(get("/ressources/" + id + "/versions").with(TestAccounts.as(author)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Version 2, par " + animator.displayName())))
			.andExpect(content().string(Matchers.containsString("Version 1, par " + author.displayName())))
			.andExpect(content().string(Matchers.containsString("Version de l&#39;animatrice")));
		mvc.perform(get("/ressources/" + id + "/versions").with(TestAccounts.as(TestAccounts.create(context))))
			.andExpect(status().isNotFound());
	}

	@Test
	void bad_input_is_explained_next_to_the_field_and_kept() throws Exception {
		var author = TestAccounts.create(context);
		mvc.perform(post("/ressources/nouvelle").param("type", "VIDEO")
			.with(TestAccounts.as(author))
			.with(csrf())
			.param("title", "")
			.param("summary", "Mon résumé gardé")
			.param("link", "javascript:alert(1)")
			.param("licence", "PIRATE")
			.param("addTerritory", "Zzzyzzville"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"title-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"link-error\"")))
			.andExpect(content().string(Matchers.containsString("Choisissez une licence dans la liste.")))
			.andExpect(content().string(Matchers.containsString("id=\"addTerritory-error\"")))
			.andExpect(content().string(Matchers.containsString("Mon résumé gardé")));
		mvc.perform(post("/ressources/nouvelle").param("type", "VIDEO")
			.with(TestAccounts.as(author))
			.with(csrf())
			.param("title", "Une vidéo sans lien"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("besoin d&#39;un lien")));
		mvc.perform(get("/ressources/nouvelle").param("type", "NOPE").with(TestAccounts.as(author)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/ressources/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/ressources/abc")).andExpect(status().isBadRequest());
	}

	@Test
	void members_say_a_resource_was_useful_and_only_an_organisation_admin_declares_its_use() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long id = published(mvc, author, animator, unique("Convention"), "PUBLIC");
		var member = TestAccounts.create(context);
		mvc.perform(post("/ressources/" + id + "/utile").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		mvc.perform(post("/ressources/" + id + "/utile").with(TestAccounts.as(member)).with(csrf()));
		mvc.perform(post("/ressources/" + id + "/utile").with(TestAccounts.as(member)).with(csrf()));
		mvc.perform(get("/ressources/" + id))
			.andExpect(content().string(Matchers.containsString("1 membre l&#39;a trouvée utile")));

		long organisationId = organisation(member);
		var stranger = TestAccounts.create(context);
		mvc.perform(post("/ressources/" + id + "/utilisation").with(TestAccounts.as(stranger))
			.with(csrf())
			.param("organisationId", String.valueOf(organisationId))).andExpect(status().isForbidden());
		mvc.perform(post("/ressources/" + id + "/utilisation").with(TestAccounts.as(member))
			.with(csrf())
			.param("organisationId", String.valueOf(organisationId))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/ressources/" + id))
			.andExpect(content().string(Matchers.containsString("Atelier utilisateur")));
		mvc.perform(get("/annuaire/organisations/" + organisationId))
			.andExpect(content().string(Matchers.containsString("Outils utilisés et ressources publiées")))
			.andExpect(content().string(Matchers.containsString("/ressources/" + id)));
	}

	private long organisation(UserRef admin) throws Exception {
		String location = mvc
			.perform(post("/annuaire/organisations/nouvelle").with(TestAccounts.as(admin))
				.with(csrf())
				.param("name", unique("Atelier utilisateur"))
				.param("kind", "ASSOCIATION")
				.param("confirmDuplicates", "true"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void the_api_follows_the_same_rules() throws Exception {
		var author = TestAccounts.create(context);
		String token = token(author);
		mvc.perform(post("/api/v1/resources").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"GUIDE\",\"title\":\"Intrus\"}")).andExpect(status().isUnauthorized());
		String created = mvc
			.perform(post("/api/v1/resources").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"TOOL_SHEET\",\"title\":\"Matrice API\",\"fields\":{\"purpose\":\"Répartir\"}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/resources/" + id)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/resources/" + id).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Matrice v2\",\"version\":99}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.current.title").value("Matrice API"));
		mvc.perform(
				put("/api/v1/resources/" + id).header("Authorization", "Bearer " + token(TestAccounts.create(context)))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"title\":\"Matrice pirate\",\"version\":0}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/resources").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"TOOL_SHEET\",\"title\":\"\",\"licence\":\"PIRATE\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/resources/" + id + "/submit").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_REVIEW"));
		mvc.perform(post("/api/v1/resources/" + id + "/publish").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
	}

	private String token(UserRef user) throws Exception {
		String page = mvc
			.perform(post("/compte/jetons").with(TestAccounts.as(user)).with(csrf()).param("name", unique("jeton")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = java.util.regex.Pattern.compile("value=\"(mlg_[A-Za-z0-9_-]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	static byte[] docx() throws Exception {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
						.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
