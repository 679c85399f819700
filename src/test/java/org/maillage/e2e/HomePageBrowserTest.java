package org.maillage.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageBrowserTest {

	static Browser browser;

	@LocalServerPort
	int port;

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

	@Test
	void a_visitor_lands_on_an_accessible_french_home_page() {
		browser.driver().get("http://localhost:" + port + "/");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Se connaître pour coopérer");
		browser.assertAccessible();
	}

	@Test
	void the_404_page_is_friendly_and_accessible() {
		browser.driver().get("http://localhost:" + port + "/nulle-part");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
		browser.assertAccessible();
	}

	@Test
	void axe_really_reports_violations() {
		browser.driver()
			.get("data:text/html;charset=utf-8,<html><body><img src='x.png'><input type='text'></body></html>");
		assertThatThrownBy(browser::assertAccessible).hasMessageContaining("image-alt");
	}

}
