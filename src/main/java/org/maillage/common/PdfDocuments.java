package org.maillage.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The one PDF renderer: a module renders an HTML page (usually a Thymeleaf template made
 * for print) and gets a PDF back. The HTML is parsed leniently (jsoup) so ordinary HTML5
 * templates work; the built-in PDF fonts cover French (accents, œ, €).
 */
public final class PdfDocuments {

	private PdfDocuments() {
	}

	/**
	 * Renders the HTML document to PDF bytes.
	 * @param html a whole HTML document, styles inline or in a {@code <style>} element
	 * @param baseUri the base for relative links and images, may be {@code null}
	 */
	public static byte[] fromHtml(String html, String baseUri) {
		var document = new W3CDom().fromJsoup(Jsoup.parse(html, baseUri == null ? "" : baseUri));
		try (var out = new ByteArrayOutputStream()) {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withW3cDocument(document, baseUri);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PDF rendering failed", ex);
		}
	}

}
