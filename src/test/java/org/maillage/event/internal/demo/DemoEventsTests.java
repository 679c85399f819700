package org.maillage.event.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import org.maillage.event.EventService;
import org.maillage.event.SynthesisService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo instance (same context as the directory's demo test): a newcomer finds the
 * Pélussin day with its cover banner and the past workshop's synthesis with a real PDF,
 * both made in code, loaded once.
 */
@SpringBootTest
@TestPropertySource(properties = { "maillage.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DemoEventsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoEvents demo;

	@Autowired
	EventService events;

	@Autowired
	SynthesisService synthesis;

	@Test
	void the_pelussin_day_has_a_cover_and_the_past_workshop_a_mind_map_to_download() throws Exception {
		long day = jdbc.queryForObject("SELECT id FROM event_event WHERE title LIKE 'Mettre en %uvre des plans%'",
				Long.class);
		long past = jdbc.queryForObject("SELECT id FROM event_event WHERE title LIKE 'Atelier : le comit%'",
				Long.class);

		// visitors are served both (public events, no user)
		var cover = events.cover(day).orElseThrow();
		byte[] png = Files.readAllBytes(cover);
		assertThat(new Tika().detect(png)).isEqualTo("image/png");
		var image = ImageIO.read(cover.toFile());
		assertThat(image.getWidth()).isEqualTo(DemoFiles.WIDTH);
		assertThat(image.getHeight()).isEqualTo(DemoFiles.HEIGHT);

		var files = synthesis.files(past);
		assertThat(files).hasSize(1);
		assertThat(files.getFirst().fileName()).isEqualTo("carte-mentale-atelier.pdf");
		assertThat(files.getFirst().mediaType()).isEqualTo("application/pdf");
		var download = synthesis.download(past, files.getFirst().id());
		assertThat(Files.size(download.path())).isEqualTo(files.getFirst().sizeBytes()).isLessThan(100_000);
		try (var pdf = Loader.loadPDF(download.path().toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(pdf)).contains("Le comité de suivi", "Qui y siège ?");
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_synthesis_file", Integer.class)).isEqualTo(1);

		demo.run(new DefaultApplicationArguments());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_synthesis_file", Integer.class)).as("loaded once")
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_event WHERE cover_file IS NOT NULL", Integer.class))
			.isEqualTo(1);
	}

}
