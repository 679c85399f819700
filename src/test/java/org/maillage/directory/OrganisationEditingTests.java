package org.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.directory.DirectoryTestSupport.create;
import static org.maillage.directory.DirectoryTestSupport.createToken;
import static org.maillage.directory.DirectoryTestSupport.randomSiren;
import static org.maillage.directory.DirectoryTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Creating and editing organisations: who may, what is checked, and how concurrent edits
 * are handled.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	DuplicateFlagRepository flags;

	@Test
	void a_visitor_cannot_create_an_organisation() throws Exception {
		mvc.perform(get("/annuaire/organisations/nouvelle"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		mvc.perform(
				post("/annuaire/organisations/nouvelle").with(csrf()).param("name", "Intrus").param("kind", "OTHER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Intrus\",\"kind\":\"OTHER\"}")).andExpect(status().isUnauthorized());
	}

	@Test
	void the_creator_becomes_admin_and_sees_the_page_with_inert_markdown() throws Exception {
		var user = TestAccounts.create(context);
		long id = create(mvc, user, unique("Atelier"),
				Map.of("longDescription", "**Bienvenue** <script>alert('x')</script> [lien](javascript:alert(1))",
						"shortDescription", "Une courte </script><script>alert(2)</script>", "commune", "com:42168"));
		String page = mvc.perform(get("/annuaire/organisations/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<strong>Bienvenue</strong>")
			.doesNotContain("<script>alert")
			.doesNotContain("javascript:alert")
			.contains("application/ld+json")
			.contains("\"@type\":\"Organization\"")
			.contains("\\u003c/script>")
			.contains("og:title")
			.contains("Pélussin (42)");
		mvc.perform(get("/annuaire/organisations/" + id).with(TestAccounts.as(user)))
			.andExpect(content().string(Matchers.containsString("/annuaire/organisations/" + id + "/modifier")));
		var organisation = organisations.findById(id).orElseThrow();
		assertThat(organisation.latitude()).as("commune centroid by default").isNotNull();
	}

	@Test
	void a_wrong_siren_key_is_explained_next_to_the_field_and_the_input_kept() throws Exception {
		var user = TestAccounts.create(context);
		mvc.perform(post("/annuaire/organisations/nouvelle").with(TestAccounts.as(user))
			.with(csrf())
			.param("name", "Mon association gardée")
			.param("kind", "ASSOCIATION")
			.param("siren", "732829321")
			.param("rna", "X12")
			.param("website", "ftp://exemple")
			.param("commune", "Zzzzyzzyville"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers
				.containsString("Le numéro SIREN/SIRET n&#39;est pas valide : la clé de contrôle est incorrecte.")))
			.andExpect(content().string(Matchers.containsString("id=\"siren-error\"")))
			.andExpect(content().string(Matchers.containsString("aria-describedby=\"siren-hint siren-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"rna-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"website-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"commune-error\"")))
			.andExpect(content().string(Matchers.containsString("name=\"name\" value=\"Mon association gard")))
			.andExpect(content().string(Matchers.containsString("is-invalid")));
	}

	@Test
	void a_member_cannot_edit_another_organisation() throws Exception {
		var owner = TestAccounts.create(context);
		var other = TestAccounts.create(context);
		String name = unique("Bastion");
		long id = create(mvc, owner, name, Map.of());
		mvc.perform(post("/annuaire/organisations/" + id + "/modifier").with(TestAccounts.as(other))
			.with(csrf())
			.param("name", "Piraté")
			.param("kind", "OTHER")
			.param("version", "0")).andExpect(status().isForbidden());
		String token = createToken(mvc, other);
		mvc.perform(put("/api/v1/organisations/" + id).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Piraté\",\"kind\":\"OTHER\",\"version\":0}")).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/organisations/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		assertThat(organisations.findById(id).orElseThrow().name()).isEqualTo(name);
		// an animator may
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		mvc.perform(post("/annuaire/organisations/" + id + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("name", name + " (animé)")
			.param("kind", "OTHER")
			.param("version", "0")).andExpect(status().is3xxRedirection());
	}

	@Test
	void concurrent_edits_show_a_conflict_and_overwrite_nothing() throws Exception {
		var owner = TestAccounts.create(context);
		String name = unique("Concurrence");
		long id = create(mvc, owner, name, Map.of("shortDescription", "Version initiale"));
		long version = organisations.findById(id).orElseThrow().version();
		mvc.perform(post("/annuaire/organisations/" + id + "/modifier").with(TestAccounts.as(owner))
			.with(csrf())
			.param("name", name)
			.param("kind", "ASSOCIATION")
			.param("shortDescription", "Première modification")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/annuaire/organisations/" + id + "/modifier").with(TestAccounts.as(owner))
			.with(csrf())
			.param("name", name)
			.param("kind", "ASSOCIATION")
			.param("shortDescription", "Seconde modification, périmée")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Version enregistrée")))
			.andExpect(content().string(Matchers.containsString("Première modification")))
			.andExpect(content().string(Matchers.containsString("Seconde modification, périmée")));
		assertThat(organisations.findById(id).orElseThrow().shortDescription()).isEqualTo("Première modification");

		String token = createToken(mvc, owner);
		mvc.perform(put("/api/v1/organisations/" + id).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name
					+ "\",\"kind\":\"ASSOCIATION\",\"shortDescription\":\"API périmée\",\"version\":" + version + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.current.version").value(version + 1))
			.andExpect(jsonPath("$.current.shortDescription").value("Première modification"));
		assertThat(organisations.findById(id).orElseThrow().shortDescription()).isEqualTo("Première modification");
		mvc.perform(put("/api/v1/organisations/" + id).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name
					+ "\",\"kind\":\"ASSOCIATION\",\"shortDescription\":\"API à jour\",\"version\":" + (version + 1)
					+ "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 2));
	}

	@Test
	void the_api_validates_with_french_messages_per_field() throws Exception {
		var user = TestAccounts.create(context);
		String token = createToken(mvc, user);
		mvc.perform(post("/api/v1/organisations").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"kind\":\"ASSOCIATION\",\"siren\":\"732829321\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("Indiquez le nom de l'organisation."))
			.andExpect(jsonPath("$.errors.siren")
				.value("Le numéro SIREN/SIRET n'est pas valide : la clé de contrôle est incorrecte."));
		mvc.perform(post("/api/v1/organisations").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + unique("Via l'API") + "\",\"kind\":\"COOPERATIVE\",\"siren\":\"" + randomSiren()
					+ "\",\"themes\":[\"alimentation\"],\"territoryIds\":[\"dep:42\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kindLabel").value("Coopérative (SCIC, SCOP)"))
			.andExpect(jsonPath("$.themes[0]").value("alimentation"));
	}

	@Test
	void a_duplicate_is_announced_before_creation_and_flagged_for_animators() throws Exception {
		var user = TestAccounts.create(context);
		String siren = randomSiren();
		String name = unique("Les Amis du Pilat");
		long first = create(mvc, user, name, Map.of("siren", siren, "commune", "com:42168"));
		mvc.perform(post("/annuaire/organisations/nouvelle").with(TestAccounts.as(user))
			.with(csrf())
			.param("name", name.replace("Les ", ""))
			.param("kind", "ASSOCIATION")
			.param("commune", "com:42168"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Créer quand même")))
			.andExpect(content().string(Matchers.containsString("/annuaire/organisations/" + first + "\"")));
		long second = create(mvc, user, unique("Autre nom"), Map.of("siren", siren));
		assertThat(flags.findByResolvedFalseOrderByCreatedAt()).anyMatch(f -> f.organisationId() == second
				&& f.similarId() == first && f.reason() == DuplicateFlag.Reason.SIREN);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		mvc.perform(get("/annuaire/doublons").with(TestAccounts.as(animator)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/annuaire/organisations/" + second + "\"")));
		mvc.perform(get("/annuaire/doublons").with(TestAccounts.as(user))).andExpect(status().isForbidden());
	}

	@Test
	void a_text_file_renamed_png_is_refused_as_a_logo_and_a_real_image_is_reencoded() throws Exception {
		var user = TestAccounts.create(context);
		long id = create(mvc, user, unique("Logo"), Map.of());
		mvc.perform(multipart("/annuaire/organisations/" + id + "/logo")
			.file(new MockMultipartFile("logo", "logo.png", "image/png",
					"<html><script>alert(1)</script></html>".getBytes()))
			.with(TestAccounts.as(user))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("logoError", "Ce fichier n'est pas une image PNG, JPEG ou GIF."));
		assertThat(organisations.findById(id).orElseThrow().logoFile()).isNull();

		var image = new java.awt.image.BufferedImage(600, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var bytes = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "jpg", bytes);
		mvc.perform(multipart("/annuaire/organisations/" + id + "/logo")
			.file(new MockMultipartFile("logo", "logo.txt", "text/plain", bytes.toByteArray()))
			.with(TestAccounts.as(user))
			.with(csrf())).andExpect(status().is3xxRedirection());
		byte[] served = mvc.perform(get("/annuaire/organisations/" + id + "/logo"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().contentType("image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var stored = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served));
		assertThat(stored.getWidth()).isEqualTo(256);
		assertThat(stored.getHeight()).isEqualTo(128);
	}

	@Test
	void coordinates_typed_the_french_way_are_understood_and_nonsense_is_explained() throws Exception {
		var user = TestAccounts.create(context);
		String name = unique("Virgule");
		mvc.perform(post("/annuaire/organisations/nouvelle").with(TestAccounts.as(user))
			.with(csrf())
			.param("name", name)
			.param("kind", "ASSOCIATION")
			.param("commune", "Pélussin (42)")
			.param("latitude", "45,42")
			.param("longitude", "4,68")).andExpect(status().is3xxRedirection());
		assertThat(organisations.findAll()).filteredOn(o -> o.name().equals(name))
			.singleElement()
			.satisfies(o -> assertThat(o.latitude()).isEqualTo(45.42));
		mvc.perform(post("/annuaire/organisations/nouvelle").with(TestAccounts.as(user))
			.with(csrf())
			.param("name", unique("Nonsense"))
			.param("kind", "ASSOCIATION")
			.param("commune", "Saint-Just")
			.param("latitude", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("La latitude doit être comprise entre -90 et 90.")))
			.andExpect(content().string(Matchers.containsString("Plusieurs territoires correspondent")))
			.andExpect(content().string(Matchers.containsString("value=\"abc\"")));
	}

	@Test
	void a_forged_kind_redisplays_the_form_instead_of_failing() throws Exception {
		var user = TestAccounts.create(context);
		mvc.perform(post("/annuaire/organisations/nouvelle").with(TestAccounts.as(user))
			.with(csrf())
			.param("name", unique("Forgé"))
			.param("kind", "FUSEE")
			.param("commune", "Saint-Just")).andExpect(status().isOk());
	}

	@Test
	void a_member_opens_their_profile_form() throws Exception {
		mvc.perform(get("/annuaire/mon-profil").with(TestAccounts.as(TestAccounts.create(context))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("visibility-PUBLIC")));
	}

}
