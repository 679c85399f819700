package org.maillage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (bundled, MPL-2.0) run inside the page: zero WCAG 2.1 A/AA violations
 * expected.
 */
final class Accessibility {

	private static final String AXE = load();

	private Accessibility() {
	}

	private static String load() {
		try (InputStream in = Accessibility.class.getResourceAsStream("/e2e/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@SuppressWarnings("unchecked")
	static void assertNoViolations(JavascriptExecutor page) {
		page.executeScript(AXE);
		Object result = page.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
				      nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary).slice(0, 5) }))))
				  .catch(e => done([{ id: 'axe-error', help: String(e), nodes: [] }]));
				""");
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
		String url = String.valueOf(page.executeScript("return location.href"));
		assertThat(violations).as("axe-core violations on %s:%n%s", url, describe(violations)).isEmpty();
	}

	private static String describe(List<Map<String, Object>> violations) {
		return violations.stream()
			.map(v -> "- " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n    " + v.get("nodes"))
			.collect(Collectors.joining("\n"));
	}

}
