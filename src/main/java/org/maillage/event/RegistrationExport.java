package org.maillage.event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.maillage.common.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The organiser's exports of the registrations: CSV (Excel-friendly) and XLSX, one row
 * per participant, and the attendance sheet as a PDF with a signature column.
 */
@Component
class RegistrationExport {

	private final MessageSource messages;

	private final ITemplateEngine templates;

	RegistrationExport(MessageSource messages, ITemplateEngine templates) {
		this.messages = messages;
		this.templates = templates;
	}

	byte[] csv(Event event, List<Registration> registrations) {
		var out = new ByteArrayOutputStream();
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
			try (CSVPrinter printer = new CSVPrinter(writer, format)) {
				printer.printRecord(headers(event));
				for (List<String> row : rows(event, registrations)) {
					printer.printRecord(row);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	byte[] xlsx(Event event, List<Registration> registrations) {
		var out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Maillage", "1.0");
			Worksheet sheet = workbook.newWorksheet("Inscriptions");
			List<String> headers = headers(event);
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
				sheet.style(0, c).bold().set();
			}
			int r = 1;
			for (List<String> row : rows(event, registrations)) {
				for (int c = 0; c < row.size(); c++) {
					sheet.value(r, c, row.get(c));
				}
				r++;
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** Confirmed participants, with a signature column; names only, no e-mails. */
	byte[] attendanceSheet(Event event, List<Registration> registrations, String baseUrl) {
		var context = new Context(Locale.FRENCH);
		context.setVariable("event", event);
		context.setVariable("zone", org.maillage.common.FrenchTime.ZONE);
		context.setVariable("participants",
				registrations.stream()
					.filter(Registration::isConfirmed)
					.flatMap(r -> r.activeParticipants().stream())
					.toList());
		return PdfDocuments.fromHtml(templates.process("event/attendance-print", context), baseUrl);
	}

	private List<String> headers(Event event) {
		List<String> headers = new ArrayList<>(List.of(text("event.export.sequence"), text("event.export.status"),
				text("event.export.code"), text("event.export.team"), text("event.export.territory"),
				text("event.registration.name"), text("event.registration.email"), text("event.registration.role"),
				text("event.export.confirmed"), text("event.export.consent"), text("event.export.attended")));
		event.questions().forEach(q -> headers.add(q.label()));
		return headers;
	}

	private List<List<String>> rows(Event event, List<Registration> registrations) {
		List<List<String>> rows = new ArrayList<>();
		for (Registration r : registrations) {
			for (Participant p : r.participants()) {
				List<String> row = new ArrayList<>(List.of(String.valueOf(r.sequence()),
						p.isActive() ? text("event.status." + r.status()) : text("event.status.CANCELLED"), r.code(),
						r.teamName() != null ? r.teamName() : (r.team() ? r.leader().name() : ""),
						r.territoryId() == null ? "" : r.territoryId(), p.name(), p.email(),
						text("event.role." + p.role()), p.confirmedAt() != null ? text("event.yes") : text("event.no"),
						p.consent() ? text("event.yes") : text("event.no"),
						p.attended() ? text("event.yes") : text("event.no")));
				event.questions().forEach(q -> row.add(p.answers().getOrDefault(q.id(), "")));
				rows.add(row);
			}
		}
		return rows;
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.FRENCH);
	}

}
