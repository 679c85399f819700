package org.maillage.directory.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Organisation logos. The upload is judged by its content, not its name (Apache Tika):
 * PNG, JPEG or GIF up to 2 MB (the JDK cannot decode WebP). It is decoded and re-encoded
 * as a PNG of at most 256 px, so that nothing but pixels from the upload is ever served.
 */
@Component
public class LogoStorage {

	public static final long MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_SIDE = 256;

	private static final Set<String> ACCEPTED = Set.of("image/png", "image/jpeg", "image/gif");

	private static final Tika TIKA = new Tika();

	private final Path directory;

	LogoStorage(@Value("${maillage.data-dir}") String dataDir) {
		this.directory = Path.of(dataDir, "files", "logos");
	}

	/** Checks, re-encodes and stores an upload; returns the stored file name. */
	public String store(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new InvalidFieldException("logo", "directory.logo.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new InvalidFieldException("logo", "directory.logo.tooLarge");
		}
		String type = TIKA.detect(upload);
		if (!ACCEPTED.contains(type)) {
			throw new InvalidFieldException("logo", "directory.logo.type");
		}
		BufferedImage image;
		try {
			image = ImageIO.read(new ByteArrayInputStream(upload));
		}
		catch (IOException | RuntimeException e) {
			image = null;
		}
		if (image == null) {
			throw new InvalidFieldException("logo", "directory.logo.unreadable");
		}
		String name = UUID.randomUUID() + ".png";
		try {
			Files.createDirectories(directory);
			ImageIO.write(resize(image), "png", directory.resolve(name).toFile());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return name;
	}

	public Optional<Path> find(String name) {
		if (name == null || !name.matches("[0-9a-f-]{36}\\.png")) {
			return Optional.empty();
		}
		Path file = directory.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	public void delete(String name) {
		find(name).ifPresent(file -> {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException e) {
				// an orphan file is harmless; the reference is gone
			}
		});
	}

	private static BufferedImage resize(BufferedImage source) {
		int width = source.getWidth();
		int height = source.getHeight();
		double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
		int w = Math.max(1, (int) Math.round(width * scale));
		int h = Math.max(1, (int) Math.round(height * scale));
		BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = target.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.drawImage(source, 0, 0, w, h, null);
		g.dispose();
		return target;
	}

}
