package org.maillage.resource.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files attached to resources, under {@code ./data/files/resources}. An upload is judged
 * by its content, never by its name (Apache Tika): PDF, ODT, DOCX, PNG or JPEG up to 10
 * MB. Executables, HTML and anything else are refused with a French message.
 */
@Component
public class AttachmentStorage {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String ODT = "application/vnd.oasis.opendocument.text";

	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", ODT, "odt", DOCX, "docx",
			"image/png", "png", "image/jpeg", "jpg");

	private static final Set<String> DANGEROUS_HINTS = Set.of("html", "xml", "javascript", "executable", "msdownload",
			"x-sh", "x-bat", "msdos", "elf", "mach", "java-archive", "x-python", "x-perl", "php", "svg");

	private static final Tika TIKA = new Tika();

	private final Path directory;

	AttachmentStorage(@Value("${maillage.data-dir}") String dataDir) {
		this.directory = Path.of(dataDir, "files", "resources");
	}

	/** A file checked and kept on disk. */
	public record Stored(String storedName, String mediaType, long size) {
	}

	/** Checks an upload by content and size, then stores it under a random name. */
	public Stored store(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new InvalidFieldException("file", "resource.file.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new InvalidFieldException("file", "resource.file.tooLarge");
		}
		String type = mediaType(upload);
		if (!EXTENSIONS.containsKey(type)) {
			boolean dangerous = DANGEROUS_HINTS.stream().anyMatch(type::contains) || type.startsWith("text/");
			throw new InvalidFieldException("file", dangerous ? "resource.file.dangerous" : "resource.file.type");
		}
		String name = UUID.randomUUID() + "." + EXTENSIONS.get(type);
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(name), upload);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Stored(name, type, upload.length);
	}

	/**
	 * The type found in the bytes. Word documents are ZIP containers that Tika's core
	 * only knows as OOXML: one whose parts hold {@code word/document.xml} is a DOCX.
	 */
	static String mediaType(byte[] upload) {
		String type = TIKA.detect(upload);
		if (("application/x-tika-ooxml".equals(type) || "application/zip".equals(type)) && isWordDocument(upload)) {
			return DOCX;
		}
		return type;
	}

	private static boolean isWordDocument(byte[] upload) {
		try (var zip = new ZipInputStream(new ByteArrayInputStream(upload))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("word/document.xml".equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}

	public Optional<Path> find(String storedName) {
		if (storedName == null || !storedName.matches("[0-9a-f-]{36}\\.[a-z]{3,4}")) {
			return Optional.empty();
		}
		Path file = directory.resolve(storedName);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	public void delete(String storedName) {
		find(storedName).ifPresent(file -> {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException e) {
				// an orphan file is harmless; the reference is gone
			}
		});
	}

}
