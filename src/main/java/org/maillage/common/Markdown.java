package org.maillage.common;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one Markdown renderer: users write Markdown, pages show sanitised HTML. Raw HTML in
 * the source and dangerous URLs are made inert, so a description can never run a script.
 */
public final class Markdown {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final TextContentRenderer TEXT_RENDERER = TextContentRenderer.builder()
		.extensions(EXTENSIONS)
		.build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").allowElements((name, attrs) -> {
			attrs.add("rel");
			attrs.add("nofollow noopener");
			return name;
		}, "a").toFactory());

	private Markdown() {
	}

	/** Renders user Markdown to HTML that is safe to insert unescaped in a page. */
	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

	/**
	 * The text of user Markdown without its markup (for search snippets, feeds and
	 * summaries); line breaks kept, raw HTML dropped.
	 */
	public static String toPlainText(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return TEXT_RENDERER.render(PARSER.parse(markdown)).strip();
	}

}
