package org.maillage.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.maillage.common.Markdown;
import org.maillage.common.PdfDocuments;
import org.maillage.resource.internal.AttachmentStorage;
import org.maillage.resource.internal.FileNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A kit as one ZIP: a generated table of contents (PDF), then for each resource the
 * viewer may see a folder with its Markdown and HTML exports and its files. Only what
 * {@link KitService#entries} returned for the viewer goes in.
 */
@Component
class KitArchive {

	private final AttachmentRepository attachments;

	private final AttachmentStorage storage;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final String baseUrl;

	KitArchive(AttachmentRepository attachments, AttachmentStorage storage, ITemplateEngine templates,
			MessageSource messages, @Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.attachments = attachments;
		this.storage = storage;
		this.templates = templates;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	void write(Kit kit, List<KitService.Entry> entries, OutputStream out, Locale locale) throws IOException {
		try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("00-sommaire.pdf"));
			zip.write(tableOfContents(kit, entries, locale));
			zip.closeEntry();
			int n = 1;
			for (KitService.Entry entry : entries) {
				Resource r = entry.resource();
				String folder = String.format("%02d-%s/", n++, FileNames.slug(r.title()));
				String markdown = markdown(r, entry.note(), locale);
				put(zip, folder + "ressource.md", markdown.getBytes(StandardCharsets.UTF_8));
				String html = "<!DOCTYPE html>\n<html lang=\"" + HtmlUtils.htmlEscape(r.language())
						+ "\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(r.title())
						+ "</title></head><body>\n" + Markdown.toSafeHtml(markdown) + "\n</body></html>\n";
				put(zip, folder + "ressource.html", html.getBytes(StandardCharsets.UTF_8));
				Set<String> names = new HashSet<>();
				for (Attachment a : attachments.findByResourceIdOrderByIdAsc(r.id())) {
					var file = storage.find(a.storedName());
					if (file.isPresent()) {
						String name = a.fileName();
						while (!names.add(name)) {
							name = "copie-" + name;
						}
						put(zip, folder + "fichiers/" + name, Files.readAllBytes(file.get()));
					}
				}
			}
		}
	}

	private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	byte[] tableOfContents(Kit kit, List<KitService.Entry> entries, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("kit", kit);
		context.setVariable("entries", entries);
		context.setVariable("introductionHtml", Markdown.toSafeHtml(kit.introduction()));
		context.setVariable("baseUrl", baseUrl);
		return PdfDocuments.fromHtml(templates.process("resource/print/kit-contents", context), baseUrl);
	}

	/** The resource as Markdown: title, summary, facts, structured fields, body. */
	String markdown(Resource r, String note, Locale locale) {
		StringBuilder md = new StringBuilder();
		md.append("# ").append(r.title()).append("\n\n");
		if (r.summary() != null) {
			md.append("> ").append(r.summary().replace("\n", " ")).append("\n\n");
		}
		if (note != null) {
			md.append("*").append(note.replace("*", "")).append("*\n\n");
		}
		md.append("- ")
			.append(text("resource.field.kind", locale))
			.append(" : ")
			.append(text("resource.kind." + r.kind(), locale))
			.append('\n');
		md.append("- ")
			.append(text("resource.field.licence", locale))
			.append(" : ")
			.append(text("resource.licence." + r.licence(), locale))
			.append('\n');
		md.append("- ")
			.append(text("resource.field.maturity", locale))
			.append(" : ")
			.append(text("resource.maturity." + r.maturity(), locale))
			.append('\n');
		md.append("- ")
			.append(text("resource.field.authors", locale))
			.append(" : ")
			.append(r.authorName())
			.append('\n');
		if (r.link() != null) {
			md.append("- ").append(text("resource.field.link", locale)).append(" : <").append(r.link()).append(">\n");
		}
		md.append("- ")
			.append(text("resource.export.source", locale))
			.append(" : <")
			.append(baseUrl)
			.append("/ressources/")
			.append(r.id())
			.append(">\n\n");
		for (String field : r.kind().fields()) {
			String value = r.field(field);
			if (value != null) {
				md.append("## ")
					.append(text("resource.field." + field, locale))
					.append("\n\n")
					.append(value)
					.append("\n\n");
			}
		}
		if (r.body() != null) {
			md.append(r.body()).append('\n');
		}
		return md.toString();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
