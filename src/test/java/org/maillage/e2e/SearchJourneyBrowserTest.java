package org.maillage.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.directory.OrganisationCommand;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.Visibility;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A visitor finds an organisation by typing as people do (an elided article, no accent, a
 * typo); an administrator adds a synonym. Every page passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchJourneyBrowserTest {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganisationService organisations;

	final String tag = "ptag" + UUID.randomUUID().toString().substring(0, 6);

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	WebDriver page() {
		return browser.driver();
	}

	void open(String path) {
		page().get("http://localhost:" + port + path);
	}

	String api(String path) throws Exception {
		try (var client = HttpClient.newHttpClient()) {
			return client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
	}

	void type(String id, String text) {
		WebElement field = page().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	@Test
	void a_visitor_finds_an_organisation_despite_an_elision_and_a_typo_and_an_admin_adds_a_synonym() {
		var admin = TestAccounts.create(context, Role.ADMIN);
		TestAccounts.callAs(admin,
				() -> organisations.create(new OrganisationCommand("Coopérative des vergers " + tag,
						OrganisationKind.COOPERATIVE, null, null, "Soutenue par l'intercommunalité du Pilat",
						"Des vergers partagés entre producteurs.", null, "com:42168", null, null, Set.of(), Set.of(),
						Set.of(), null, null, null, Visibility.PUBLIC)));

		String query = "l'intercommunalite cooperatvie " + tag;
		// indexing happens after the commit, in the background
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> api("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
				.contains("\"total\":1,"));

		open("/recherche");
		browser.assertAccessible();
		type("q", query);
		page().findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !page().findElements(By.partialLinkText("Coopérative des vergers " + tag)).isEmpty());
		assertThat(page().findElement(By.cssSelector(".snippet mark")).getText())
			.containsIgnoringCase("intercommunalité");
		browser.assertAccessible();

		open("/recherche?q=" + tag + "&type=organisation");
		assertThat(page().findElement(By.cssSelector(".result-count")).getText()).isEqualTo("1 résultat");
		browser.assertAccessible();

		open("/connexion");
		type("email", admin.email());
		type("password", TestAccounts.PASSWORD);
		page().findElement(By.cssSelector("main form button[type=submit]")).click();
		await().atMost(Duration.ofSeconds(10)).until(() -> !page().getCurrentUrl().contains("/connexion"));

		open("/admin/synonymes");
		browser.assertAccessible();
		type("terms-new", "verger");
		page().findElement(By.cssSelector("form[action$='/admin/synonymes'] button[type=submit]")).click();
		assertThat(page().findElement(By.id("terms-new-error")).getText()).contains("au moins deux termes");
		browser.assertAccessible();
		type("terms-new", "verger" + tag + ", arboriculture" + tag);
		page().findElement(By.cssSelector("form[action$='/admin/synonymes'] button[type=submit]")).click();
		assertThat(page().getPageSource()).contains("arboriculture" + tag);

		open("/admin/recherche");
		browser.assertAccessible();
	}

}
