package org.maillage.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium driven through Debian's chromedriver. Where no browser is installed
 * the browser tests are skipped with a visible message, except under CI (CI=true), where
 * a missing browser fails the build.
 */
public final class Browser implements AutoCloseable {

	private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	private final WebDriver driver;

	private final Path profile;

	private final Path downloads;

	private Browser(WebDriver driver, Path profile, Path downloads) {
		this.driver = driver;
		this.profile = profile;
		this.downloads = downloads;
	}

	/** Starts a fresh headless Chromium, or skips (fails under CI) when there is none. */
	public static Browser start() {
		Optional<String> binary = firstExisting(System.getenv("MAILLAGE_CHROMIUM"), CHROMIUM);
		Optional<String> chromedriver = firstExisting(System.getenv("MAILLAGE_CHROMEDRIVER"), DRIVERS);
		if (binary.isEmpty() || chromedriver.isEmpty()) {
			String message = "Browser tests SKIPPED: no Chromium/chromedriver found (apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail("CI=true but " + message);
			}
			System.err.println("\n*** " + message + " ***\n");
			Assumptions.abort(message);
		}
		try {
			Path profile = Files.createTempDirectory("maillage-chromium-");
			Path downloads = Files.createTempDirectory("maillage-downloads-");
			var options = new ChromeOptions();
			options.setBinary(binary.get());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=fr-FR",
					"--user-data-dir=" + profile.toAbsolutePath());
			options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
					"download.prompt_for_download", false, "intl.accept_languages", "fr-FR,fr"));
			var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(chromedriver.get()).toFile())
				.build();
			var driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile, downloads);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Optional<String> firstExisting(String override, List<String> candidates) {
		return Stream.concat(Stream.ofNullable(override), candidates.stream())
			.filter(path -> Files.isExecutable(Path.of(path)))
			.findFirst();
	}

	public WebDriver driver() {
		return driver;
	}

	public Path downloads() {
		return downloads;
	}

	/**
	 * Runs axe-core (WCAG 2.1 A and AA rules) on the current page and fails on any
	 * violation.
	 */
	public void assertAccessible() {
		Accessibility.assertNoViolations((JavascriptExecutor) driver);
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(profile.toFile());
			FileSystemUtils.deleteRecursively(downloads.toFile());
		}
	}

}
