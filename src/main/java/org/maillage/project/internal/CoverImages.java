package org.maillage.project.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.tika.Tika;
import org.maillage.project.InvalidProjectField;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Projects' cover images, judged by their content (Apache Tika, then decoded by the JDK):
 * a PNG or JPEG of at most 3 MB is kept as uploaded under a random name with the
 * extension of its real type; anything else is refused next to the field.
 */
@Component
public class CoverImages {

	public static final long MAX_BYTES = 3 * 1024 * 1024;

	private static final Map<String, String> EXTENSIONS = Map.of("image/png", "png", "image/jpeg", "jpg");

	private static final Tika TIKA = new Tika();

	private final Path directory;

	CoverImages(@Value("${maillage.data-dir}") String dataDir) {
		this.directory = Path.of(dataDir, "files", "project-covers");
	}

	/** Checks and keeps an upload; returns the stored file name. */
	public String keep(byte[] upload) {
		if (upload == null || upload.length == 0 || upload.length > MAX_BYTES) {
			throw new InvalidProjectField("cover", "project.cover.size");
		}
		String extension = EXTENSIONS.get(TIKA.detect(upload));
		if (extension == null || !decodes(upload)) {
			throw new InvalidProjectField("cover", "project.cover.type");
		}
		String name = UUID.randomUUID() + "." + extension;
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(name), upload);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return name;
	}

	/** The stored file of a name this class produced; nothing for anything else. */
	public Optional<Path> file(String name) {
		if (name == null || !name.matches("[0-9a-f-]{36}\\.(png|jpg)")) {
			return Optional.empty();
		}
		Path file = directory.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
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
