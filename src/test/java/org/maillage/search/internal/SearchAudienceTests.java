package org.maillage.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.search.internal.SearchFixtures.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.search.SearchAudience;
import org.maillage.search.SearchHit;
import org.maillage.search.SearchType;
import org.maillage.search.SimilarContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing private leaks through search: not in results, totals, facet counts, snippets,
 * "did you mean", similar content or the API. Each audience sees exactly its share.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SearchFixtures.class)
class SearchAudienceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SearchFixtures.Items items;

	@Autowired
	SimilarContent similar;

	static String marker() {
		return "zk" + Long.toString(System.nanoTime(), 36);
	}

	@Test
	void a_visitor_finds_public_items_only_in_results_counts_facets_and_the_api() throws Exception {
		String marker = marker();
		items.put(entry(SearchType.RESOURCE, "Fiche outil publique " + marker, "Une convention de coopération",
				"Texte public " + marker, Set.of("cooperation"), Set.of("com:42168"), Map.of("licence", "CC_BY"),
				SearchAudience.EVERYONE));
		items.put(entry(SearchType.RESOURCE, "Brouillon confidentiel " + marker, "Projet de budget secret",
				"Montant secretissime " + marker, Set.of("cooperation", "finances"), Set.of("com:75056"),
				Map.of("licence", "ALL_RIGHTS_RESERVED"), SearchAudience.MEMBERS));
		items.put(entry(SearchType.PROJECT, "Projet restreint " + marker, "", "Partenaires seulement " + marker,
				SearchAudience.restricted(Set.of(-1L), Set.of(-2L))));

		mvc.perform(get("/recherche").param("q", marker))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Fiche outil publique")))
			.andExpect(content().string(Matchers.containsString("1 résultat")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("confidentiel"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("secret"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("restreint"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Tous droits réservés"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("finances"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Paris"))));
		mvc.perform(get("/api/v1/search").param("q", marker))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].title").value("Fiche outil publique " + marker))
			.andExpect(jsonPath("$.facets.type.ressource").value(1))
			.andExpect(jsonPath("$.facets.theme.cooperation").value(1))
			.andExpect(jsonPath("$.facets.theme.finances").doesNotExist())
			.andExpect(jsonPath("$.facets.licence.ALL_RIGHTS_RESERVED").doesNotExist())
			.andExpect(jsonPath("$.facets.territory['dep:75']").doesNotExist());
		mvc.perform(get("/api/v1/search").param("q", "secretissime"))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.suggestion").value(Matchers.nullValue()));
	}

	@Test
	void members_see_members_items_and_only_partners_see_restricted_ones() throws Exception {
		String marker = marker();
		UserRef partner = TestAccounts.create(context);
		UserRef author = TestAccounts.create(context);
		UserRef other = TestAccounts.create(context);
		long organisation = createOrganisation(partner, "Structure partenaire " + System.nanoTime());
		items.put(entry(SearchType.RESOURCE, "Pour les membres " + marker, "", "", SearchAudience.MEMBERS));
		items.put(entry(SearchType.PROJECT, "Pour les partenaires " + marker, "", "",
				SearchAudience.restricted(Set.of(organisation), Set.of())));
		items.put(entry(SearchType.EVENT, "Pour l'autrice " + marker, "", "",
				SearchAudience.restricted(Set.of(), Set.of(author.id()))));

		String forPartner = page(partner, marker);
		assertThat(forPartner).contains("Pour les membres", "Pour les partenaires")
			.doesNotContain("Pour l&#39;autrice");
		String forAuthor = page(author, marker);
		assertThat(forAuthor).contains("Pour les membres", "Pour l&#39;autrice").doesNotContain("Pour les partenaires");
		String forOther = page(other, marker);
		assertThat(forOther).contains("Pour les membres")
			.doesNotContain("Pour les partenaires")
			.doesNotContain("Pour l&#39;autrice");
		String forAdmin = page(TestAccounts.create(context, Role.ADMIN), marker);
		assertThat(forAdmin).contains("Pour les membres", "Pour les partenaires", "Pour l&#39;autrice");
		String token = createToken(partner);
		mvc.perform(get("/api/v1/search").param("q", marker).header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/v1/search").param("q", marker)).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void snippets_and_suggestions_never_show_words_of_private_items() throws Exception {
		String marker = marker();
		items.put(entry(SearchType.RESOURCE, "Guide public " + marker, "", "Le mot clef est " + marker,
				SearchAudience.EVERYONE));
		items.put(entry(SearchType.RESOURCE, "Note interne", "", marker + " xylophonique confidentiel",
				SearchAudience.MEMBERS));
		mvc.perform(get("/recherche").param("q", marker))
			.andExpect(content().string(Matchers.containsString("<mark>" + marker + "</mark>")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("xylophonique"))));
		// a typo of a word only private items contain: no suggestion reveals it
		mvc.perform(get("/recherche").param("q", "xylophonikue"))
			.andExpect(content().string(Matchers.containsString("Aucun résultat")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("xylophonique"))));
	}

	@Test
	void similar_content_is_limited_to_what_the_viewer_sees() {
		String marker = marker();
		var reference = items.put(entry(SearchType.RESOURCE, "Convention de coopération intercommunale " + marker,
				"Modèle de convention entre communes", "Une convention de coopération pour mutualiser " + marker,
				SearchAudience.EVERYONE));
		var close = items
			.put(entry(SearchType.RESOURCE, "Convention de mutualisation " + marker, "Convention entre communes",
					"Coopération et mutualisation entre communes " + marker, SearchAudience.EVERYONE));
		var hidden = items.put(entry(SearchType.RESOURCE, "Convention de coopération confidentielle " + marker,
				"Convention entre communes", "Une convention de coopération pour mutualiser " + marker,
				SearchAudience.MEMBERS));
		var privateReference = hidden;

		var forVisitor = similar.similarTo(SearchType.RESOURCE, reference.id(), Set.of(), 10);
		assertThat(forVisitor).extracting(SearchHit::id)
			.contains(close.id())
			.doesNotContain(hidden.id(), reference.id());
		assertThat(similar.similarTo(SearchType.RESOURCE, privateReference.id(), Set.of(), 10)).isEmpty();

		var forMember = TestAccounts.callAs(TestAccounts.create(context),
				() -> similar.similarTo(SearchType.RESOURCE, reference.id(), Set.of(), 10));
		assertThat(forMember).extracting(SearchHit::id).contains(close.id(), hidden.id());
		var onlyProjects = similar.similarTo(SearchType.RESOURCE, reference.id(), Set.of(SearchType.PROJECT), 10);
		assertThat(onlyProjects).extracting(SearchHit::type).doesNotContain(SearchType.RESOURCE);
	}

	@Test
	void a_members_only_organisation_is_found_by_members_only() throws Exception {
		String marker = marker();
		UserRef creator = TestAccounts.create(context);
		createOrganisation(creator, "Cercle discret " + marker, "visibility", "MEMBERS");
		createOrganisation(creator, "Maison ouverte " + marker);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page(creator, marker)).contains("Cercle discret", "Maison ouverte"));
		mvc.perform(get("/recherche").param("q", marker))
			.andExpect(content().string(Matchers.containsString("Maison ouverte")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Cercle discret"))));
	}

	private String page(UserRef user, String q) throws Exception {
		return mvc.perform(get("/recherche").param("q", q).with(TestAccounts.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long createOrganisation(UserRef user, String name, String... fields) throws Exception {
		var request = post("/annuaire/organisations/nouvelle").with(TestAccounts.as(user))
			.with(csrf())
			.param("name", name)
			.param("kind", "ASSOCIATION")
			.param("confirmDuplicates", "true");
		for (int i = 0; i + 1 < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
		var matcher = Pattern.compile("/annuaire/organisations/(\\d+)$").matcher(String.valueOf(location));
		assertThat(matcher.find()).as("created: " + location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String createToken(UserRef user) throws Exception {
		String page = mvc
			.perform(post("/compte/jetons").with(TestAccounts.as(user)).with(csrf()).param("name", "jeton"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = Pattern.compile("mlg_[A-Za-z0-9_-]+").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group();
	}

}
