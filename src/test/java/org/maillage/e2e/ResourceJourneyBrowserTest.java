package org.maillage.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.common.PdfDocuments;
import org.maillage.resource.PathCommand;
import org.maillage.resource.PathService;
import org.maillage.resource.QuizQuestion;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The resource centre's journey: an author writes a tool sheet with an attachment and
 * submits it; an animator publishes it and adds it to a kit; a visitor reads it; a
 * learner completes a training path with a quiz and downloads the certificate. axe-core
 * checks the list, the resource, the kit (as visitor and as curator), the path's edit
 * page (with a field error), a module and a quiz.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ResourceJourneyBrowserTest {

	static final int PORT = ServerPorts.free();

	static Browser browser;

	final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	ApplicationContext context;

	@Autowired
	PathService paths;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("maillage.base-url", () -> "http://localhost:" + PORT);
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

	void click(String selector) {
		page().findElement(By.cssSelector(selector)).click();
	}

	void logInAs(UserRef user) {
		page().manage().deleteAllCookies();
		open("/connexion");
		type("email", user.email());
		type("password", TestAccounts.PASSWORD);
		click("main form button[type=submit]");
		await().atMost(Duration.ofSeconds(10)).until(() -> !page().getCurrentUrl().contains("/connexion"));
	}

	@Test
	void a_tool_sheet_goes_from_its_author_to_a_kit_and_a_learner_gets_a_certificate() throws Exception {
		UserRef author = TestAccounts.create(context);
		UserRef animator = TestAccounts.create(context, Role.ANIMATOR);
		UserRef learner = TestAccounts.create(context);
		String title = "Matrice qui fait quoi " + tag;

		logInAs(author);
		open("/ressources");
		browser.assertAccessible();
		click("a[href='/ressources/nouvelle']");
		page().findElement(By.linkText("Fiche outil")).click();
		browser.assertAccessible();
		type("title", title);
		type("summary", "Pour l'organisation des rôles entre partenaires d'un projet.");
		type("fields-purpose", "Clarifier **qui fait quoi** entre les structures.");
		type("fields-howItWorks", "Une ligne par action, une colonne par partenaire.");
		click("main form.card button[type=submit]");
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().endsWith("/modifier"));
		String editUrl = page().getCurrentUrl();
		String resourcePath = editUrl.substring(editUrl.indexOf("/ressources/"),
				editUrl.length() - "/modifier".length());

		Path pdf = Files.createTempFile("matrice-", ".pdf");
		Files.write(pdf, PdfDocuments.fromHtml("<html><body><p>Matrice</p></body></html>", null));
		page().findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		click("#fichiers form[enctype] button[type=submit]");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> page().findElement(By.id("fichiers")).getText().contains(pdf.getFileName().toString()));
		browser.assertAccessible();
		click("form[action$='/soumettre'] button");
		assertThat(page().findElement(By.tagName("main")).getText()).contains("En relecture");

		logInAs(animator);
		open("/ressources/relecture");
		browser.assertAccessible();
		page().findElement(By.linkText(title)).click();
		click("#publish");
		assertThat(page().findElement(By.cssSelector(".flash")).getText()).contains("Ressource publiée");
		open("/kits/nouveau");
		type("title", "Coopérer entre structures " + tag);
		type("introduction", "Pour **lancer** une démarche de coopération.");
		click("main form.card button[type=submit]");
		String kitUrl = page().getCurrentUrl();
		open(resourcePath);
		type("kit-note", "Pour répartir les rôles dès le départ.");
		new org.openqa.selenium.support.ui.Select(page().findElement(By.id("kit-id")))
			.selectByVisibleText("Coopérer entre structures " + tag);
		click("#kit-add button[type=submit]");
		assertThat(page().getCurrentUrl()).isEqualTo(kitUrl);
		// the curator's kit page: move, remove, note and add forms
		browser.assertAccessible();

		// a visitor finds it with an elided article and a typo ("matrise"), from the
		// search box
		page().manage().deleteAllCookies();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			open("/recherche");
			type("q", "l'organisation matrise " + tag);
			page().findElement(By.id("q")).submit();
			assertThat(page().findElement(By.tagName("main")).getText()).contains(title);
		});
		browser.assertAccessible();
		page().findElement(By.linkText(title)).click();
		assertThat(page().findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(page().getPageSource()).contains("<strong>qui fait quoi</strong>");
		browser.assertAccessible();
		page().get(kitUrl);
		assertThat(page().findElement(By.tagName("main")).getText()).contains(title)
			.contains("Pour répartir les rôles dès le départ.");
		browser.assertAccessible();

		long pathId = TestAccounts
			.callAs(animator,
					() -> paths
						.create(new PathCommand("Animer une coopération " + tag, "Quatre notions pour commencer", 70,
								List.of(new PathCommand.ModuleCommand("Comprendre",
										"Coopérer, c'est **produire ensemble**.", null, null, List.of()),
										new PathCommand.ModuleCommand("Outiller", "La matrice et la convention.", null,
												null,
												List.of(new QuizQuestion("À quoi sert une matrice qui-fait-quoi ?",
														false, List.of("À répartir les rôles", "À payer les factures"),
														Set.of(0), "Elle rend visibles les rôles de chacun."))))))
						.id());
		// the animator edits the path: a mistake is shown next to its field, then saved
		logInAs(animator);
		open("/parcours/" + pathId);
		click("#edit-path");
		browser.assertAccessible();
		type("passMark", "140");
		click("main form.card button[type=submit]");
		await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> page().findElement(By.id("passMark-error")).isDisplayed());
		assertThat(page().findElement(By.id("passMark-error")).getText()).contains("entre 0 et 100");
		browser.assertAccessible();
		type("passMark", "60");
		type("summary", "Quatre notions pour commencer, revues");
		click("main form.card button[type=submit]");
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().endsWith("/parcours/" + pathId));
		assertThat(page().findElement(By.cssSelector(".flash")).getText()).contains("Parcours enregistré");
		assertThat(page().findElement(By.tagName("main")).getText()).contains("revues").contains("60 %");
		logInAs(learner);
		open("/parcours/" + pathId);
		click("form[action$='/inscription'] button");
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().endsWith("/modules/1"));
		browser.assertAccessible();
		click("form[action$='/terminer'] button");
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().endsWith("/modules/2"));
		browser.assertAccessible();
		page().findElement(By.cssSelector("label[for='q0-0']")).click();
		click("form.quiz button[type=submit]");
		// the answer comes back in place of the quiz (htmx) or as a new page: wait for it
		await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> page().findElement(By.tagName("main")).getText().contains("Quiz réussi : 100 %"));
		assertThat(page().findElement(By.tagName("main")).getText())
			.contains("Elle rend visibles les rôles de chacun.");
		browser.assertAccessible();
		open("/parcours/" + pathId);
		click("#certificate");
		Path certificate = await().atMost(Duration.ofSeconds(15)).until(this::downloadedPdf, p -> p != null);
		try (var document = Loader.loadPDF(Files.readAllBytes(certificate))) {
			assertThat(new PDFTextStripper().getText(document)).contains("Certificat de réussite")
				.contains(learner.displayName())
				.contains("Animer une coopération " + tag);
		}
	}

	Path downloadedPdf() throws IOException {
		try (var files = Files.list(browser.downloads())) {
			return files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElse(null);
		}
	}

}
