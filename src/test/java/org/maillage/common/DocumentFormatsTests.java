package org.maillage.common;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFormatsTests {

	@Test
	void pdfKeepsFrenchText() throws Exception {
		var pdf = PdfDocuments.fromHtml("""
				<!DOCTYPE html><html lang="fr"><head><title>Fiche</title></head>
				<body><h1>Cœur de projet</h1><p>Budget : 12 500,00 € — coopération<br>fin</p></body></html>
				""", null);
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Cœur de projet").contains("12 500,00 €").contains("coopération");
		}
	}

	@Test
	void calendarParsesBackWithItsTimeZone() throws Exception {
		var start = ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, FrenchTime.ZONE);
		var ics = CalendarFiles.write("Journées",
				List.of(CalendarFiles.Entry.timed("evt-1@maillage", "Journée d'exploration", start, start.plusHours(7))
					.at("Pélussin")
					.linkedTo(URI.create("https://maillage.example/agenda/1"))
					.describedAs("Programme, en trois temps"),
						CalendarFiles.Entry.allDay("act-2@maillage", "Échéance", LocalDate.of(2026, 12, 10))));
		assertThat(ics).contains("BEGIN:VTIMEZONE")
			.contains("TZID:Europe/Paris")
			.contains("DTSTART;TZID=Europe/Paris:20261203T093000");
		var calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		assertThat(events.get(0).getSummary().getValue()).isEqualTo("Journée d'exploration");
		assertThat(events.get(0).getLocation().getValue()).isEqualTo("Pélussin");
		assertThat(ics).contains("DTSTART;VALUE=DATE:20261210");
	}

}
