package org.maillage.event.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.maillage.event.FieldRefused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files of events' syntheses, under {@code ./data/files/event-syntheses}: mind maps as
 * images or PDF, slides (PDF, ODP, PPTX), documents (PDF, ODT, DOCX), up to 20 MB. An
 * upload is judged by its content, never by its name (Apache Tika); HTML, scripts,
 * executables and anything else are refused with a French message.
 */
@Component
public class SynthesisFileStorage {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	static final String ODT = "application/vnd.oasis.opendocument.text";

	static final String ODP = "application/vnd.oasis.opendocument.presentation";

	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", ODT, "odt", DOCX, "docx",
			ODP, "odp", PPTX, "pptx", "image/png", "png", "image/jpeg", "jpg");

	private static final Set<String> DANGEROUS_HINTS = Set.of("html", "xml", "javascript", "executable", "msdownload",
			"x-sh", "x-bat", "msdos", "elf", "mach", "java-archive", "x-python", "x-perl", "php", "svg");

	private static final Tika TIKA = new Tika();

	private final Path directory;

	SynthesisFileStorage(@Value("${maillage.data-dir}") String dataDir) {
		this.directory = Path.of(dataDir, "files", "event-syntheses");
	}

	/** A file checked and kept on disk. */
	public record Stored(String storedName, String mediaType, long size) {
	}

	/** Checks an upload by content and size, then stores it under a random name. */
	public Stored store(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new FieldRefused("file", "event.synthesis.file.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new FieldRefused("file", "event.synthesis.file.tooLarge");
		}
		String type = mediaType(upload);
		if (!EXTENSIONS.containsKey(type)) {
			boolean dangerous = DANGEROUS_HINTS.stream().anyMatch(type::contains) || type.startsWith("text/");
			throw new FieldRefused("file", dangerous ? "event.synthesis.file.dangerous" : "event.synthesis.file.type");
		}
		String name = StoredFiles.write(directory, UUID.randomUUID() + "." + EXTENSIONS.get(type), upload);
		return new Stored(name, type, upload.length);
	}

	/**
	 * The type found in the bytes. Office documents are ZIP containers that Tika's core
	 * only knows as OOXML: the part they hold tells a DOCX from a PPTX.
	 */
	static String mediaType(byte[] upload) {
		String type = TIKA.detect(upload);
		if ("application/x-tika-ooxml".equals(type) || "application/zip".equals(type)) {
			String office = officeType(upload);
			return office != null ? office : type;
		}
		return type;
	}

	private static String officeType(byte[] upload) {
		try (var zip = new ZipInputStream(new ByteArrayInputStream(upload))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("word/document.xml".equals(entry.getName())) {
					return DOCX;
				}
				if ("ppt/presentation.xml".equals(entry.getName())) {
					return PPTX;
				}
			}
			return null;
		}
		catch (IOException | IllegalArgumentException e) {
			return null;
		}
	}

	public Optional<Path> find(String storedName) {
		if (storedName == null || !storedName.matches("[0-9a-f-]{36}\\.[a-z]{3,4}")) {
			return Optional.empty();
		}
		Path file = directory.resolve(storedName);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/** Removes a stored file once the transaction that let go of it has committed. */
	public void discardAfterCommit(String storedName) {
		find(storedName).ifPresent(StoredFiles::deleteAfterCommit);
	}

}
