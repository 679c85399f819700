package org.maillage.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.directory.MembershipRole;
import org.maillage.directory.MembershipService;
import org.maillage.directory.OrganisationCommand;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.Visibility;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A pilot creates a project, invites two partners whose admins accept, assigns an action;
 * a partner's member moves it forward; the dashboard and the who-does-what matrix show
 * it; the pilot seats a partner's member and an elected official on the steering
 * committee; the sheet (PDF) and the plan (XLSX) download and open. axe-core checks the
 * list, the project page, the plan, the matrix, the governance page and the dashboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ProjectJourneyBrowserTest {

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static final int PORT = ServerPorts.free();

	static Browser browser;

	final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	ApplicationContext context;

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

	@Test
	void a_pilot_and_two_partners_run_a_project_together() throws Exception {
		UserRef pilot = TestAccounts.create(context);
		UserRef adminB = TestAccounts.create(context);
		UserRef adminC = TestAccounts.create(context);
		UserRef memberB = TestAccounts.create(context);
		String parc = "Parc du Pilat " + tag;
		String cc = "Communauté de communes " + tag;
		String gal = "GAL Jarez " + tag;
		organisation(pilot, parc);
		long ccId = organisation(adminB, cc);
		organisation(adminC, gal);
		TestAccounts.callAs(adminB, () -> {
			context.getBean(MembershipService.class).invite(ccId, memberB.email(), null, MembershipRole.MEMBER);
			return null;
		});
		String title = "Stratégie alimentaire " + tag;

		login(pilot);
		open("/projets/nouveau");
		new Select(page().findElement(By.id("leadOrganisationId"))).selectByVisibleText(parc);
		type("title", title);
		type("summary", "Manger local dans les cantines du Pilat");
		type("territory-input", "dep:42");
		new Select(page().findElement(By.id("status"))).selectByValue("RUNNING");
		submit("main form.card");
		await().atMost(Duration.ofSeconds(10)).until(() -> heading().equals(title));
		String projectUrl = page().getCurrentUrl();
		browser.assertAccessible();

		invite(projectUrl, cc, "CO_PILOT");
		invite(projectUrl, gal, "FUNDER");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
				.anyMatch(m -> recipient(m).contains(adminB.email()) && subject(m).contains(title)));

		for (UserRef admin : List.of(adminB, adminC)) {
			login(admin);
			page().get(projectUrl);
			page().findElement(By.cssSelector("button[name=accept][value=true]")).click();
			await().atMost(Duration.ofSeconds(10))
				.until(() -> page().findElement(By.cssSelector(".flash")).getText().contains("partenaire"));
		}

		login(pilot);
		page().get(projectUrl + "/plan");
		type("title", "Axe 1 — Restauration collective");
		page().findElement(By.cssSelector("form[action$='/axes'] button[type=submit]")).click();
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getPageSource().contains("Axe 1 — Restauration"));
		page().findElement(By.linkText("Nouvelle action")).click();
		type("title", "Accompagner les cantines");
		new Select(page().findElement(By.id("workPackageId"))).selectByIndex(1);
		new Select(page().findElement(By.id("responsible"))).selectByValue(ccId + ":" + memberB.id());
		((JavascriptExecutor) page()).executeScript(
				"document.getElementById('startDate').value='2026-01-05';document.getElementById('dueDate').value='2026-06-30';");
		submit("main form.card");
		await().atMost(Duration.ofSeconds(10)).until(() -> heading().equals("Accompagner les cantines"));
		String actionUrl = page().getCurrentUrl();
		page().get(projectUrl + "/plan");
		browser.assertAccessible();

		page().get(projectUrl + "/matrice");
		browser.assertAccessible();
		WebElement galCell = page().findElement(By.cssSelector("select[id^='cell-'][id$='-" + orgOf(gal) + "']"));
		new Select(galCell).selectByValue("C");
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getPageSource().contains("Rôle enregistré"));

		page().get(projectUrl + "/gouvernance");
		new Select(page().findElement(By.id("person"))).selectByValue(ccId + ":" + memberB.id());
		type("function", "Référent cantines");
		submit("form[action$='/comite']");
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getPageSource().contains("ajouté au comité"));
		new Select(page().findElement(By.id("person"))).selectByValue(String.valueOf(orgOf(gal)));
		type("name", "Martine Vallat");
		type("function", "Vice-présidente");
		submit("form[action$='/comite']");
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getPageSource().contains("Martine Vallat"));
		assertThat(page().findElement(By.cssSelector("a[href$='/annuaire/personnes/" + memberB.id() + "']")).getText())
			.isEqualTo(memberB.displayName());
		browser.assertAccessible();

		login(memberB);
		page().get(actionUrl);
		new Select(page().findElement(By.id("status"))).selectByValue("IN_PROGRESS");
		type("progress", "60");
		type("note", "Quatre cantines engagées");
		submit("#progress-form");
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getPageSource().contains("Quatre cantines engagées"));

		page().get(projectUrl + "/tableau-de-bord");
		assertThat(page().findElement(By.tagName("main")).getText()).contains("60 %").contains("Axe 1 — Restauration");
		browser.assertAccessible();
		page().get(projectUrl + "/matrice");
		String matrix = page().findElement(By.cssSelector("table.matrix")).getText();
		assertThat(matrix).contains("Accompagner les cantines");
		assertThat(
				new Select(page().findElement(By.cssSelector("select[id$='-" + ccId + "']"))).getFirstSelectedOption()
					.getText())
			.isEqualTo("R");
		assertThat(new Select(page().findElement(By.cssSelector("select[id$='-" + orgOf(gal) + "']")))
			.getFirstSelectedOption()
			.getText()).isEqualTo("C");

		page().get("http://localhost:" + PORT + "/projets?q=" + tag);
		assertThat(page().findElement(By.id("resultats")).getText()).contains(title);
		browser.assertAccessible();

		page().get(projectUrl);
		page().findElement(By.partialLinkText("(PDF)")).click();
		Path pdf = await().atMost(Duration.ofSeconds(20)).until(() -> downloaded(".pdf"), p -> p != null);
		try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(title)
				.contains("Accompagner les cantines")
				.contains("60 %")
				.contains("Martine Vallat");
		}
		page().findElement(By.partialLinkText("(tableur XLSX)")).click();
		Path xlsx = await().atMost(Duration.ofSeconds(20)).until(() -> downloaded(".xlsx"), p -> p != null);
		try (InputStream in = Files.newInputStream(xlsx); var workbook = new ReadableWorkbook(in)) {
			List<Row> rows = new ArrayList<>();
			workbook.getFirstSheet().openStream().forEach(rows::add);
			assertThat(rows.get(1).getCellText(1)).isEqualTo("Accompagner les cantines");
			assertThat(rows.get(1).getCellText(7)).isEqualTo("60");
		}
	}

	private final java.util.Map<String, Long> organisations = new java.util.HashMap<>();

	long organisation(UserRef admin, String name) {
		long id = TestAccounts.callAs(admin,
				() -> context.getBean(OrganisationService.class)
					.create(new OrganisationCommand(name, OrganisationKind.ASSOCIATION, null, null, null, null, null,
							"com:42168", null, null, Set.of(), Set.of(), Set.of(), null, null, null, Visibility.PUBLIC))
					.id());
		organisations.put(name, id);
		return id;
	}

	long orgOf(String name) {
		return organisations.get(name);
	}

	void invite(String projectUrl, String organisation, String role) {
		page().get(projectUrl + "/partenaires?organisation=" + organisation.replace(" ", "+"));
		page().findElement(By.xpath("//label[normalize-space()='" + organisation + "']")).click();
		new Select(page().findElement(By.id("invite-role"))).selectByValue(role);
		submit("#invite-form");
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getPageSource().contains("a été invitée"));
	}

	void login(UserRef user) {
		page().manage().deleteAllCookies();
		open("/connexion");
		type("email", user.email());
		type("password", TestAccounts.PASSWORD);
		page().findElement(By.cssSelector("main form button[type=submit]")).click();
		await().atMost(Duration.ofSeconds(10)).until(() -> !page().getCurrentUrl().contains("/connexion"));
	}

	WebDriver page() {
		return browser.driver();
	}

	String heading() {
		return page().findElement(By.tagName("h1")).getText();
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

	static String recipient(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException e) {
			return "";
		}
	}

	static String subject(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			return "";
		}
	}

	Path downloaded(String extension) throws IOException {
		try (var files = Files.list(browser.downloads())) {
			return files.filter(p -> p.toString().endsWith(extension)).findFirst().orElse(null);
		}
	}

}
