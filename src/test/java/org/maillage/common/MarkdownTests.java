package org.maillage.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void safeHtmlMakesScriptsInert() {
		assertThat(Markdown.toSafeHtml("**Coopération** <script>alert(1)</script> [lien](javascript:alert(1))"))
			.contains("<strong>Coopération</strong>")
			.doesNotContain("<script")
			.doesNotContain("javascript:");
	}

	@Test
	void plainTextDropsTheMarkup() {
		var text = Markdown
			.toPlainText("# Le **projet** alimentaire\n\n- circuits _courts_\n- [cantines](https://exemple.fr)");
		assertThat(text).contains("Le projet alimentaire").contains("circuits courts").contains("cantines");
		assertThat(text).doesNotContain("**").doesNotContain("#").doesNotContain("](");
	}

}
