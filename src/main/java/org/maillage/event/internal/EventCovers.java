package org.maillage.event.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.tika.Tika;
import org.maillage.event.FieldRefused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Events' cover images, judged by their content (Apache Tika, then decoded by the JDK): a
 * PNG or JPEG of at most 3 MB is kept as uploaded under a random name with the extension
 * of its real type; anything else is refused next to the field.
 */
@Component
public class EventCovers {

	public static final long MAX_BYTES = 3 * 1024 * 1024;

	private static final Map<String, String> EXTENSIONS = Map.of("image/png", "png", "image/jpeg", "jpg");

	private static final Tika TIKA = new Tika();

	private final Path directory;

	EventCovers(@Value("${maillage.data-dir}") String dataDir) {
		this.directory = Path.of(dataDir, "files", "event-covers");
	}

	/** Checks and keeps an upload; returns the stored file name. */
	public String keep(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new FieldRefused("cover", "event.cover.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new FieldRefused("cover", "event.cover.size");
		}
		String extension = EXTENSIONS.get(TIKA.detect(upload));
		if (extension == null || !decodes(upload)) {
			throw new FieldRefused("cover", "event.cover.type");
		}
		return StoredFiles.write(directory, UUID.randomUUID() + "." + extension, upload);
	}

	/** The stored file of a name this class produced; nothing for anything else. */
	public Optional<Path> file(String name) {
		if (name == null || !name.matches("[0-9a-f-]{36}\\.(png|jpg)")) {
			return Optional.empty();
		}
		Path file = directory.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/** Removes a stored image once the transaction that let go of it has committed. */
	public void discardAfterCommit(String name) {
		file(name).ifPresent(StoredFiles::deleteAfterCommit);
	}

	private static boolean decodes(byte[] upload) {
		try {
			return ImageIO.read(new ByteArrayInputStream(upload)) != null;
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}

}
