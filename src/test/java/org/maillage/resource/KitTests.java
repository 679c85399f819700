package org.maillage.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.resource.ResourceTestSupport.createToolSheet;
import static org.maillage.resource.ResourceTestSupport.published;
import static org.maillage.resource.ResourceTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
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
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Thematic kits: curated by animators, shown and zipped with what each viewer may see.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class KitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	KitService kits;

	@Autowired
	KitRepository kitRepository;

	@Autowired
	ApplicationEvents events;

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

	@Test
	void a_kit_is_curated_from_its_page_each_change_made_from_the_version_seen() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long first = published(mvc, author, animator, unique("Charte de coopération"), "PUBLIC");
		long second = published(mvc, author, animator, unique("Calendrier partagé"), "PUBLIC");
		long kit = kit(animator, unique("Kit à composer"));
		add(animator, kit, first, "Pour commencer");
		mvc.perform(post("/kits/" + kit + "/ressources").with(TestAccounts.as(animator))
			.with(csrf())
			.param("resource", "http://localhost/ressources/" + second)
			.param("note", "Pour se caler")).andExpect(header().string("Location", "/kits/" + kit + "#kit-" + second));
		mvc.perform(post("/kits/" + kit + "/ressources").with(TestAccounts.as(animator))
			.with(csrf())
			.param("resource", "la charte")
			.param("note", "Gardée"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(
					"<p class=\"field-error\" id=\"add-resource-error\">Indiquez le numéro ou l&#39;adresse d&#39;une ressource")))
			.andExpect(content().string(Matchers.containsString("value=\"la charte\"")))
			.andExpect(content().string(Matchers.containsString(">Gardée</textarea>")));
		assertThat(kits.get(kit).items()).extracting(Kit.Item::resourceId).containsExactly(first, second);

		long version = kits.get(kit).version();
		mvc.perform(get("/kits/" + kit).with(TestAccounts.as(animator)))
			.andExpect(content().string(Matchers.containsString("name=\"version\" value=\"" + version + "\"")))
			.andExpect(content().string(Matchers.containsString(">Pour commencer</textarea>")));
		mvc.perform(post("/kits/" + kit + "/ressources/" + second + "/deplacer").with(TestAccounts.as(animator))
			.with(csrf())
			.param("offset", "-1")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		assertThat(kits.get(kit).items()).extracting(Kit.Item::resourceId).containsExactly(second, first);

		// the page seen before the move is outdated: nothing is saved
		mvc.perform(post("/kits/" + kit + "/ressources/" + first + "/retirer").with(TestAccounts.as(animator))
			.with(csrf())
			.param("version", String.valueOf(version)))
			.andExpect(header().string("Location", "/kits/" + kit))
			.andExpect(flash().attribute("flash", Matchers.startsWith("Le kit a été modifié entre-temps")));
		mvc.perform(post("/kits/" + kit + "/ressources/" + first + "/note").with(TestAccounts.as(animator))
			.with(csrf())
			.param("note", "Écrasée ?")
			.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flash", Matchers.startsWith("Le kit a été modifié entre-temps")));
		assertThat(kits.get(kit).items()).extracting(Kit.Item::note).containsExactly("Pour se caler", "Pour commencer");

		long current = kits.get(kit).version();
		mvc.perform(post("/kits/" + kit + "/ressources/" + first + "/note").with(TestAccounts.as(animator))
			.with(csrf())
			.param("note", "  La base de tout accord.  ")
			.param("version", String.valueOf(current))).andExpect(flash().attribute("flash", "Note enregistrée."));
		assertThat(kits.get(kit).items()).extracting(Kit.Item::note)
			.containsExactly("Pour se caler", "La base de tout accord.");

		var member = TestAccounts.create(context);
		long now = kits.get(kit).version();
		mvc.perform(post("/kits/" + kit + "/ressources/" + first + "/note").with(TestAccounts.as(member))
			.with(csrf())
			.param("note", "Intrus")
			.param("version", String.valueOf(now))).andExpect(status().isForbidden());
		mvc.perform(post("/kits/" + kit + "/ressources/" + first + "/retirer").with(TestAccounts.as(member))
			.with(csrf())
			.param("version", String.valueOf(now))).andExpect(status().isForbidden());
		mvc.perform(post("/kits/" + kit + "/ressources/" + first + "/deplacer").with(TestAccounts.as(member))
			.with(csrf())
			.param("offset", "-1")
			.param("version", String.valueOf(now))).andExpect(status().isForbidden());
		mvc.perform(post("/kits/" + kit + "/ressources").with(TestAccounts.as(member))
			.with(csrf())
			.param("resource", String.valueOf(first))).andExpect(status().isForbidden());
		mvc.perform(post("/kits/" + kit + "/ressources/" + first + "/retirer").with(csrf())
			.param("version", String.valueOf(now)))
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		assertThat(kits.get(kit).version()).isEqualTo(now);

		mvc.perform(post("/kits/" + kit + "/ressources/" + first + "/retirer").with(TestAccounts.as(animator))
			.with(csrf())
			.param("version", String.valueOf(now))).andExpect(flash().attribute("flash", "Ressource retirée du kit."));
		assertThat(kits.get(kit).items()).extracting(Kit.Item::resourceId).containsExactly(second);
	}

	@Test
	void a_kit_is_searched_under_the_themes_of_its_published_public_resources() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long mobility = published(mvc, author, animator, unique("Covoiturage solidaire"), "PUBLIC", "mobilite");
		long culture = published(mvc, author, animator, unique("Annuaire culturel interne"), "MEMBERS", "culture");
		long draft = createToolSheet(mvc, author, unique("Brouillon jeunesse"), "PUBLIC", "jeunesse", "ess");
		long kit = kit(animator, unique("Kit mobilités"));
		add(animator, kit, mobility, null);
		add(animator, kit, culture, null);
		// a draft cannot be added from the pages; held anyway, it must lend nothing
		new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult(tx -> kitRepository.findById(kit).orElseThrow().add(draft, null, Instant.now()));

		SearchEntry entry = context.getBean(KitSearchSource.class).entry(String.valueOf(kit)).orElseThrow();
		assertThat(entry.themes()).containsExactly("mobilite");

		long path = TestAccounts
			.callAs(animator,
					() -> context.getBean(PathService.class)
						.create(new PathCommand(unique("Parcours mobilités"), null, 50,
								List.of(new PathCommand.ModuleCommand("Covoiturer", null, null, mobility, List.of()),
										new PathCommand.ModuleCommand("Se cultiver", null, null, culture, List.of())))))
			.id();
		assertThat(context.getBean(PathSearchSource.class).entry(String.valueOf(path)).orElseThrow().themes())
			.containsExactly("mobilite");

		// a change to the kit, or to one of its resources, has the kit searched again
		events.clear();
		mvc.perform(post("/kits/" + kit + "/ressources/" + culture + "/retirer").with(TestAccounts.as(animator))
			.with(csrf())
			.param("version", String.valueOf(kits.get(kit).version()))).andExpect(status().is3xxRedirection());
		assertThat(events.stream(SearchEntryChanged.class))
			.contains(new SearchEntryChanged(SearchType.KIT, String.valueOf(kit)));
		events.clear();
		mvc.perform(post("/ressources/" + mobility + "/valider").with(TestAccounts.as(animator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(events.stream(SearchEntryChanged.class)).contains(
				new SearchEntryChanged(SearchType.KIT, String.valueOf(kit)),
				new SearchEntryChanged(SearchType.PATH, String.valueOf(path)));

		// a resource deleted leaves no hole in the kits that held it
		mvc.perform(post("/kits/" + kit + "/ressources/" + draft + "/deplacer").with(TestAccounts.as(animator))
			.with(csrf())
			.param("offset", "-1")
			.param("version", String.valueOf(kits.get(kit).version()))).andExpect(status().is3xxRedirection());
		assertThat(kits.get(kit).items()).extracting(Kit.Item::resourceId).containsExactly(draft, mobility);
		mvc.perform(post("/ressources/" + draft + "/supprimer").with(TestAccounts.as(author)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(kits.get(kit).items()).extracting(Kit.Item::resourceId).containsExactly(mobility);
		mvc.perform(get("/kits/" + kit)).andExpect(status().isOk());
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
