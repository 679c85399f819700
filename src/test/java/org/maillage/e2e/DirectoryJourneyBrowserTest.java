package org.maillage.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a newcomer does: signs up, confirms through the real mail, creates an
 * organisation, finds it with a French search and on the map, exports the list; axe-core
 * checks every main page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class DirectoryJourneyBrowserTest {

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static final int PORT = ServerPorts.free();

	static Browser browser;

	final String tag = "verger" + UUID.randomUUID().toString().substring(0, 6);

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("maillage.base-url", () -> "http://localhost:" + PORT);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		smtp.stop();
	}

	WebDriver page() {
		return browser.driver();
	}

	void open(String path) {
		page().get("http://localhost:" + PORT + path);
	}

	void type(String id, String text) {
		WebElement field = page().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void submit(String formSelector) {
		page().findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
	}

	@Test
	void a_newcomer_signs_up_adds_an_organisation_finds_it_and_exports_the_list() throws Exception {
		String email = tag + "@exemple.fr";

		open("/");
		browser.assertAccessible();

		open("/inscription");
		browser.assertAccessible();
		type("displayName", "Alice " + tag);
		type("email", email);
		type("password", "un-mot-de-passe-solide");
		type("passwordConfirmation", "un-mot-de-passe-solide");
		page().findElement(By.id("terms")).click();
		page().findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();

		String link = confirmationLink(email);
		page().get(link);
		open("/connexion");
		type("email", email);
		type("password", "un-mot-de-passe-solide");
		page().findElement(By.cssSelector("main form button[type=submit]")).click();
		await().atMost(Duration.ofSeconds(10)).until(() -> !page().getCurrentUrl().contains("/connexion"));

		open("/annuaire/organisations/nouvelle");
		browser.assertAccessible();
		type("name", "Coopérative fruitière " + tag);
		new org.openqa.selenium.support.ui.Select(page().findElement(By.id("kind"))).selectByValue("COOPERATIVE");
		type("shortDescription", "Des vergers partagés dans le Pilat");
		type("longDescription", "Nous animons des **coopérations** entre producteurs de fruits.");
		type("commune-input", "42168");
		page().findElement(By.cssSelector("main form.card button[type=submit]:not([name])")).click();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> page().findElement(By.tagName("h1")).getText().contains("Coopérative fruitière " + tag));
		String organisationUrl = page().getCurrentUrl();
		browser.assertAccessible();

		// French search: singular and no accent find "coopérations"
		open("/annuaire?q=" + tag + "+cooperation");
		assertThat(page().findElement(By.id("resultats")).getText()).contains("Coopérative fruitière " + tag);
		browser.assertAccessible();
		page().findElement(By.linkText("Coopérative fruitière " + tag)).click();
		assertThat(page().getCurrentUrl()).isEqualTo(organisationUrl);

		open("/carte?q=" + tag);
		new WebDriverWait(page(), Duration.ofSeconds(15)).until(driver -> !driver
			.findElements(By.cssSelector(".leaflet-marker-icon[title='Coopérative fruitière " + tag + "']"))
			.isEmpty());
		browser.assertAccessible();

		open("/annuaire?q=" + tag);
		page().findElement(By.partialLinkText("CSV")).click();
		Path csv = await().atMost(Duration.ofSeconds(15)).until(() -> downloaded(".csv"), p -> p != null);
		assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("Coopérative fruitière " + tag);
	}

	Path downloaded(String extension) throws IOException {
		try (var files = Files.list(browser.downloads())) {
			return files.filter(p -> p.toString().endsWith(extension)).findFirst().orElse(null);
		}
	}

	String confirmationLink(String email) {
		MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().contains(email)) {
					return message;
				}
			}
			return null;
		}, m -> m != null);
		Matcher link = Pattern.compile("(http://localhost:" + PORT + "/inscription/confirmer\\?jeton=[A-Za-z0-9_\\-]+)")
			.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as("confirmation link in the mail").isTrue();
		return link.group(1);
	}

}
