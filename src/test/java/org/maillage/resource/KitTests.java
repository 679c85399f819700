package org.maillage.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.resource.ResourceTestSupport.createToolSheet;
import static org.maillage.resource.ResourceTestSupport.published;
import static org.maillage.resource.ResourceTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Thematic kits: curated by animators, shown and zipped with what each viewer may see.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void only_animators_compose_kits() throws Exception {
		var member = TestAccounts.create(context);
		mvc.perform(post("/kits/nouveau").with(csrf()).param("title", "Intrus"))
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		mvc.perform(post("/kits/nouveau").with(TestAccounts.as(member)).with(csrf()).param("title", "Intrus"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/kits/nouveau").with(TestAccounts.as(member))).andExpect(status().isForbidden());
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long kit = kit(animator, unique("Kit"));
		mvc.perform(post("/kits/ajouter").with(TestAccounts.as(member))
			.with(csrf())
			.param("kitId", String.valueOf(kit))
			.param("resourceId", "1")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/kits").contentType("application/json").content("{\"title\":\"x\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void the_zip_holds_a_table_of_contents_and_only_what_the_viewer_may_see() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		String publicTitle = unique("Convention de coopération");
		String membersTitle = unique("Annuaire interne des référents");
		long publicId = published(mvc, author, animator, publicTitle, "PUBLIC");
		long membersId = published(mvc, author, animator, membersTitle, "MEMBERS");
		long draftId = createToolSheet(mvc, author, unique("Brouillon secret"), "PUBLIC");
		String kitTitle = unique("Coopérer entre structures");
		long kit = kit(animator, kitTitle);
		add(animator, kit, publicId, "Pour commencer");
		add(animator, kit, membersId, null);
		mvc.perform(post("/kits/ajouter").with(TestAccounts.as(animator))
			.with(csrf())
			.param("kitId", String.valueOf(kit))
			.param("resourceId", String.valueOf(draftId))).andExpect(status().is3xxRedirection());

		mvc.perform(get("/kits/" + kit))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(publicTitle)))
			.andExpect(content().string(Matchers.containsString("Pour commencer")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(membersTitle))));
		mvc.perform(get("/api/v1/kits/" + kit))
			.andExpect(content().string(Matchers.not(Matchers.containsString(membersTitle))));

		Map<String, byte[]> visitorZip = unzip(mvc.perform(get("/kits/" + kit + ".zip"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(visitorZip.keySet()).contains("00-sommaire.pdf")
			.anyMatch(name -> name.startsWith("01-convention-de-cooperation") && name.endsWith("ressource.md"))
			.anyMatch(name -> name.endsWith("ressource.html"))
			.anyMatch(name -> name.endsWith("fichiers/matrice.pdf"))
			.noneMatch(name -> name.startsWith("02-"));
		String contents = text(visitorZip.get("00-sommaire.pdf"));
		assertThat(contents).contains(kitTitle).contains(publicTitle).doesNotContain(membersTitle);
		assertThat(visitorZip.values().stream().map(String::new).toList())
			.noneMatch(body -> body.contains(membersTitle) || body.contains("Brouillon secret"));

		Map<String, byte[]> memberZip = unzip(
				mvc.perform(get("/kits/" + kit + ".zip").with(TestAccounts.as(TestAccounts.create(context))))
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		assertThat(memberZip.keySet()).anyMatch(name -> name.startsWith("02-annuaire-interne"));
		assertThat(text(memberZip.get("00-sommaire.pdf"))).contains(membersTitle);
	}

	@Test
	void two_animators_editing_a_kit_see_both_versions() throws Exception {
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long kit = kit(animator, unique("Kit numérique en conscience"));
		mvc.perform(post("/kits/" + kit + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("title", "Kit numérique responsable")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		String conflict = mvc
			.perform(post("/kits/" + kit + "/modifier").with(TestAccounts.as(animator))
				.with(csrf())
				.param("title", "Kit sobriété numérique")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Kit numérique responsable")))
			.andExpect(content().string(Matchers.containsString("value=\"Kit sobriété numérique\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String current = conflict.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		mvc.perform(post("/kits/" + kit + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("title", "")
			.param("version", current)).andExpect(content().string(Matchers.containsString("id=\"title-error\"")));
		mvc.perform(post("/kits/" + kit + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("title", "Kit sobriété numérique")
			.param("version", current)).andExpect(status().is3xxRedirection());
	}

	private long kit(UserRef animator, String title) throws Exception {
		String location = mvc
			.perform(post("/kits/nouveau").with(TestAccounts.as(animator))
				.with(csrf())
				.param("title", title)
				.param("introduction", "Un kit pour **lancer** une démarche."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void add(UserRef animator, long kit, long resource, String note) throws Exception {
		var request = post("/kits/ajouter").with(TestAccounts.as(animator))
			.with(csrf())
			.param("kitId", String.valueOf(kit))
			.param("resourceId", String.valueOf(resource));
		if (note != null) {
			request.param("note", note);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
		Map<String, byte[]> entries = new HashMap<>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	static String text(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static List<String> lines(String text) {
		return new ArrayList<>(List.of(text.split("\\R")));
	}

}
