package org.maillage.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.directory.OrganisationCommand;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.Visibility;
import org.maillage.event.ParticipantRole;
import org.maillage.event.RegistrationRequest;
import org.maillage.event.RegistrationService;
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
 * The journey: an organiser creates the Pélussin day, a team leader registers a
 * team of three, the members confirm from their mails, the 16th person lands on the
 * waiting list and a cancellation promotes them; the attendance sheet and the .ics parse
 * back; axe-core checks the calendar (list, month, map), the event page with its map and
 * cover, the edit form, the registration form, the organiser's view, the synthesis, the
 * deletion's confirmation and a poll.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class EventJourneyBrowserTest {

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static final int PORT = ServerPorts.free();

	static Browser browser;

	final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	ApplicationContext context;

	@Autowired
	RegistrationService registrations;

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
		page().get(path.startsWith("http") ? path : "http://localhost:" + PORT + path);
	}

	void type(String id, String text) {
		WebElement field = page().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void set(String id, String value) {
		((JavascriptExecutor) page()).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
				value);
	}

	void submitMain() {
		page().findElement(By.cssSelector("main form.card button[type=submit]")).click();
	}

	@Test
	void the_pelussin_day_fills_up_with_a_team_and_a_waiting_list() throws Exception {
		var organiser = TestAccounts.create(context);
		TestAccounts.callAs(organiser,
				() -> context.getBean(OrganisationService.class)
					.create(new OrganisationCommand("Parc du Pilat " + tag, OrganisationKind.ASSOCIATION, null, null,
							null, null, null, null, null, null, java.util.Set.of(), java.util.Set.of(),
							java.util.Set.of(), null, null, null, Visibility.PUBLIC)));
		open("/connexion");
		type("email", organiser.email());
		type("password", TestAccounts.PASSWORD);
		page().findElement(By.cssSelector("main form button[type=submit]")).click();
		await().atMost(Duration.ofSeconds(10)).until(() -> !page().getCurrentUrl().contains("/connexion"));

		// the organiser creates the day
		open("/agenda/nouveau");
		browser.assertAccessible();
		String title = "Plans de coopération " + tag;
		type("title", title);
		set("day", LocalDate.now().plusDays(40).toString());
		set("startTime", "09:30");
		set("endTime", "17:00");
		type("address", "Maison du Parc");
		type("commune-input", "42168");
		type("capacity", "15");
		page().findElement(By.cssSelector("input[name=mode][value=BOTH]")).click();
		type("teamMin", "2");
		type("teamMax", "3");
		type("programme", "9h30 | Décrypter qui fait quoi\n11h | Découvrir des outils\n14h | Se projeter");
		submitMain();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> page().findElement(By.tagName("h1")).getText().equals(title));
		String eventUrl = page().getCurrentUrl();
		long eventId = Long.parseLong(eventUrl.substring(eventUrl.lastIndexOf('/') + 1));
		// the event page shows the place on a map (a labelled region) and in text
		assertThat(page().findElement(By.id("event-map")).getAttribute("aria-label")).contains("Pélussin");
		browser.assertAccessible();

		// the organiser gives it a cover image, checked by content
		open("/agenda/" + eventId + "/modifier");
		browser.assertAccessible();
		var cover = java.nio.file.Files.createTempFile("couverture", ".png");
		javax.imageio.ImageIO.write(
				new java.awt.image.BufferedImage(120, 60, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
				cover.toFile());
		page().findElement(By.id("cover")).sendKeys(cover.toAbsolutePath().toString());
		page().findElement(By.cssSelector("#couverture button[type=submit]")).click();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !page().findElements(By.cssSelector("img.event-cover")).isEmpty());
		java.nio.file.Files.deleteIfExists(cover);
		open("/agenda");
		assertThat(page().findElement(By.tagName("main")).getText()).contains(title);
		browser.assertAccessible();
		open("/agenda/carte");
		assertThat(page().findElement(By.tagName("main")).getText()).contains(title);
		browser.assertAccessible();
		open("/agenda?vue=mois&mois=" + LocalDate.now().plusDays(40).toString().substring(0, 7));
		browser.assertAccessible();

		// a team leader (no account) registers a team of three
		page().manage().deleteAllCookies();
		open("/agenda/" + eventId + "/inscription");
		browser.assertAccessible();
		String leader = "chef-" + tag + "@exemple.fr";
		String[] members = { "elu-" + tag + "@exemple.fr", "asso-" + tag + "@exemple.fr" };
		page().findElement(By.cssSelector("input[name=team][value=true]")).click();
		type("name", "Claire Chef");
		type("email", leader);
		new Select(page().findElement(By.id("role"))).selectByValue("AGENT");
		type("territory-input", "42168");
		type("member-0-name", "Paul Élu");
		type("member-0-email", members[0]);
		new Select(page().findElement(By.id("member-0-role"))).selectByValue("ELECTED");
		type("member-1-name", "Lou Asso");
		type("member-1-email", members[1]);
		new Select(page().findElement(By.id("member-1-role"))).selectByValue("CIVIL_SOCIETY");
		submitMain();
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().contains("/inscriptions/"));
		assertThat(page().findElement(By.tagName("main")).getText()).contains("Confirmée");

		// the members confirm from their mails
		for (String member : members) {
			open(link(mail(member, "Confirmez votre participation")));
			page().findElement(By.cssSelector("main form.card button[type=submit]")).click();
			await().atMost(Duration.ofSeconds(10))
				.until(() -> page().findElement(By.tagName("main")).getText().contains("Mes réponses"));
		}
		MimeMessage confirmation = mail(leader, "Inscription confirmée");
		assertThat(ics(confirmation)).contains(title);

		// 12 more people fill the day; the 16th lands on the waiting list
		String firstToken = null;
		for (int i = 0; i < 12; i++) {
			var registration = registrations.register(eventId,
					new RegistrationRequest(
							false, null, null, new RegistrationRequest.Person("Personne " + i,
									"p" + i + "-" + tag + "@exemple.fr", ParticipantRole.OTHER, false),
							java.util.List.of(), null));
			if (firstToken == null) {
				firstToken = registration.leader().token();
			}
		}
		open("/agenda/" + eventId);
		assertThat(page().findElement(By.cssSelector(".seat-count")).getText()).contains("15/15");
		open("/agenda/" + eventId + "/inscription");
		String sixteenth = "seize-" + tag + "@exemple.fr";
		type("name", "Seize Attente");
		type("email", sixteenth);
		new Select(page().findElement(By.id("role"))).selectByValue("AGENT");
		submitMain();
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().contains("/inscriptions/"));
		assertThat(page().findElement(By.tagName("main")).getText()).contains("Liste d'attente");
		mail(sixteenth, "Liste d'attente");

		// a cancellation by the mailed link promotes them
		open("/inscriptions/" + firstToken);
		page().findElement(By.cssSelector("main form.danger button[type=submit]")).click();
		MimeMessage promoted = mail(sixteenth, "Une place s'est libérée");
		assertThat(ics(promoted)).contains(title);
		open(link(promoted));
		assertThat(page().findElement(By.tagName("main")).getText()).contains("Confirmée");

		// the organiser's view, the attendance sheet and the public .ics
		page().manage().deleteAllCookies();
		open("/connexion");
		type("email", organiser.email());
		type("password", TestAccounts.PASSWORD);
		page().findElement(By.cssSelector("main form button[type=submit]")).click();
		await().atMost(Duration.ofSeconds(10)).until(() -> !page().getCurrentUrl().contains("/connexion"));
		open("/agenda/" + eventId + "/organisation");
		assertThat(page().findElement(By.cssSelector(".seat-count")).getText()).contains("15/15");
		browser.assertAccessible();
		open("/agenda/" + eventId + "/synthese");
		assertThat(page().findElement(By.id("file"))).isNotNull();
		browser.assertAccessible();
		open("/agenda/" + eventId + "/supprimer");
		assertThat(page().findElement(By.tagName("main")).getText()).contains("recevront un e-mail");
		browser.assertAccessible();
		String session = page().manage().getCookieNamed("SESSION") != null
				? "SESSION=" + page().manage().getCookieNamed("SESSION").getValue()
				: page().manage()
					.getCookies()
					.stream()
					.map(c -> c.getName() + "=" + c.getValue())
					.reduce((a, b) -> a + "; " + b)
					.orElse("");
		var http = HttpClient.newHttpClient();
		byte[] pdf = http
			.send(HttpRequest
				.newBuilder(
						URI.create("http://localhost:" + PORT + "/agenda/" + eventId + "/organisation/emargement.pdf"))
				.header("Cookie", session)
				.build(), HttpResponse.BodyHandlers.ofByteArray())
			.body();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Signature", "Claire Chef", "Seize Attente");
		}
		String feed = http
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + PORT + "/agenda/" + eventId + "/evenement.ics"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT")).hasSize(1);

		open("/sondages/nouveau");
		browser.assertAccessible();
		type("title", "Copil " + tag);
		type("slots", "03/12/2030 9h30-12h\n04/12/2030 14h-17h");
		submitMain();
		await().atMost(Duration.ofSeconds(10)).until(() -> page().getCurrentUrl().contains("/resultats"));
		browser.assertAccessible();
		page().findElement(By.partialLinkText("Répondre")).click();
		browser.assertAccessible();
	}

	MimeMessage mail(String to, String subject) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
				try {
					return m.getAllRecipients()[0].toString().contains(to) && m.getSubject().contains(subject);
				}
				catch (Exception e) {
					return false;
				}
			}).reduce((a, b) -> b).orElse(null), m -> m != null);
	}

	String link(MimeMessage mail) {
		Matcher link = Pattern.compile("(http://localhost:" + PORT + "/inscriptions/[A-Za-z0-9_\\-]+)")
			.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as("registrant's link in the mail").isTrue();
		return link.group(1);
	}

	/** The .ics attached to the mail, parsed back; returns its text. */
	String ics(MimeMessage mail) throws Exception {
		var multipart = (jakarta.mail.Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if ("evenement.ics".equals(part.getFileName())) {
				String text = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				assertThat(new CalendarBuilder().build(new StringReader(text)).getComponents("VEVENT")).hasSize(1);
				return text;
			}
		}
		throw new AssertionError("no .ics attached");
	}

}
