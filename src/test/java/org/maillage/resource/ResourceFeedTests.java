package org.maillage.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.maillage.resource.ResourceTestSupport.createToolSheet;
import static org.maillage.resource.ResourceTestSupport.published;
import static org.maillage.resource.ResourceTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Atom feed of the resource centre, read back with ROME the way a feed reader does:
 * only published, public resources, newest first, whoever asks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResourceFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ResourceFeed feed;

	@Value("${maillage.base-url:http://localhost:8080}")
	String baseUrl;

	@Test
	void lists_published_public_resources_newest_first_with_link_themes_kind_author_and_summary() throws Exception {
		UserRef author = TestAccounts.create(context);
		UserRef animator = TestAccounts.create(context, Role.ANIMATOR);
		String olderTitle = unique("Charte de coopération");
		String newerTitle = unique("Covoiturage solidaire");
		long older = published(mvc, author, animator, olderTitle, "PUBLIC", "culture");
		long newer = published(mvc, author, animator, newerTitle, "PUBLIC", "mobilite", "ess");

		var response = mvc.perform(get("/ressources/flux.atom"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
			.andReturn()
			.getResponse();
		SyndFeed read = parse(response.getContentAsString(StandardCharsets.UTF_8));

		assertThat(read.getFeedType()).isEqualTo("atom_1.0");
		assertThat(read.getEntries()).hasSizeLessThanOrEqualTo(ResourceFeed.SIZE);
		SyndEntry entry = entry(read, newer).orElseThrow();
		assertThat(entry.getTitle()).isEqualTo(newerTitle);
		assertThat(entry.getLink()).isEqualTo(baseUrl + "/ressources/" + newer);
		assertThat(entry.getUri()).isEqualTo(baseUrl + "/ressources/" + newer);
		assertThat(entry.getUpdatedDate()).isNotNull();
		assertThat(entry.getDescription().getValue())
			.isEqualTo("Un outil pour se répartir les rôles entre partenaires.");
		assertThat(entry.getAuthors()).extracting(SyndPerson::getName).isNotEmpty().doesNotContainNull();
		assertThat(entry.getCategories()).extracting(SyndCategory::getName)
			.containsExactlyInAnyOrder("mobilite", "ess", "TOOL_SHEET");
		assertThat(entry.getCategories()).filteredOn(c -> c.getName().equals("mobilite"))
			.extracting(SyndCategory::getTaxonomyUri)
			.containsExactly(baseUrl + "/ressources?theme=");
		assertThat(entry(read, older)).isPresent();

		List<String> links = read.getEntries().stream().map(SyndEntry::getLink).toList();
		assertThat(links.indexOf(baseUrl + "/ressources/" + newer))
			.isLessThan(links.indexOf(baseUrl + "/ressources/" + older));
		for (int i = 1; i < read.getEntries().size(); i++) {
			assertThat(read.getEntries().get(i).getUpdatedDate())
				.isBeforeOrEqualTo(read.getEntries().get(i - 1).getUpdatedDate());
		}
	}

	@Test
	void never_shows_drafts_resources_in_review_or_members_only_ones_even_to_an_animator() throws Exception {
		UserRef author = TestAccounts.create(context);
		UserRef animator = TestAccounts.create(context, Role.ANIMATOR);
		long draft = createToolSheet(mvc, author, unique("Brouillon secret"), "PUBLIC", "jeunesse");
		long inReview = createToolSheet(mvc, author, unique("En relecture"), "PUBLIC", "jeunesse");
		mvc.perform(post("/ressources/" + inReview + "/soumettre").with(TestAccounts.as(author)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long membersOnly = published(mvc, author, animator, unique("Annuaire interne"), "MEMBERS", "culture");
		long visible = published(mvc, author, animator, unique("Guide public"), "PUBLIC", "culture");

		for (RequestPostProcessor who : List.of(TestAccounts.as(animator), TestAccounts.as(author),
				(RequestPostProcessor) request -> request)) {
			String body = mvc.perform(get("/ressources/flux.atom").with(who))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			SyndFeed read = parse(body);
			assertThat(entry(read, visible)).isPresent();
			assertThat(entry(read, draft)).isEmpty();
			assertThat(entry(read, inReview)).isEmpty();
			assertThat(entry(read, membersOnly)).isEmpty();
			assertThat(body).doesNotContain("Brouillon secret", "En relecture", "Annuaire interne");
		}
	}

	@Test
	void an_empty_centre_gives_a_valid_empty_feed() throws Exception {
		SyndFeed read = parse(feed.write(List.of()));
		assertThat(read.getFeedType()).isEqualTo("atom_1.0");
		assertThat(read.getEntries()).isEmpty();
		assertThat(read.getTitle()).isNotBlank();
		assertThat(read.getUri()).isEqualTo(baseUrl + "/ressources/flux.atom");
		assertThat(read.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
			.containsExactlyInAnyOrder(tuple("alternate", baseUrl + "/ressources"),
					tuple("self", baseUrl + "/ressources/flux.atom"));
	}

	@Test
	void the_list_page_announces_the_feed_and_links_to_it() throws Exception {
		String html = mvc.perform(get("/ressources"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		var alternate = page.head().select("link[rel=alternate][type=application/atom+xml]");
		assertThat(alternate).hasSize(1);
		assertThat(alternate.attr("href")).isEqualTo("/ressources/flux.atom");
		assertThat(alternate.attr("title")).isNotBlank();
		var visible = page.body().select("a[href=/ressources/flux.atom]");
		assertThat(visible).hasSize(1);
		assertThat(visible.text()).contains("Flux Atom");
	}

	private static SyndFeed parse(String xml) throws Exception {
		return new SyndFeedInput().build(new StringReader(xml));
	}

	private Optional<SyndEntry> entry(SyndFeed read, long id) {
		String link = baseUrl + "/ressources/" + id;
		return read.getEntries().stream().filter(e -> link.equals(e.getLink())).findFirst();
	}

}
