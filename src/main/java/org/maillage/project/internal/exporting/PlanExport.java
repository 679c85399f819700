package org.maillage.project.internal.exporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.maillage.project.Action;
import org.maillage.project.ActionPlan;
import org.maillage.project.Partner;
import org.maillage.project.Raci;
import org.maillage.project.WorkPackage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A project's action plan and who-does-what matrix as tables (rows of text), written as
 * Excel-friendly CSV (UTF-8 with a byte order mark, semicolons) or XLSX.
 */
@Component
class PlanExport {

	private final MessageSource messages;

	PlanExport(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One line per action: axis, responsible, dates, status, progress, dependency,
	 * R/A/C/I.
	 */
	List<List<Object>> planRows(ActionPlan plan) {
		Map<Long, String> axes = plan.workPackages()
			.stream()
			.collect(Collectors.toMap(WorkPackage::id, WorkPackage::title));
		Map<Long, String> partners = plan.partnerNames();
		Map<Long, Action> byId = plan.actionsById();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(Arrays.asList(text("project.field.workPackage"), text("project.field.action"),
				text("project.field.responsible"), text("project.export.person"), text("project.field.startDate"),
				text("project.field.dueDate"), text("project.field.status"), text("project.field.progressPercent"),
				text("project.field.dependsOn"), "R", "A", "C", "I"));
		for (Action a : plan.actions()) {
			rows.add(Arrays.asList(a.workPackageId() == null ? "" : axes.getOrDefault(a.workPackageId(), ""), a.title(),
					a.responsibleOrganisationId() == null ? ""
							: partners.getOrDefault(a.responsibleOrganisationId(), ""),
					a.responsibleName() == null ? "" : a.responsibleName(),
					a.startDate() == null ? "" : a.startDate().toString(),
					a.dueDate() == null ? "" : a.dueDate().toString(), text("project.action.status." + a.status()),
					(long) a.progress(),
					a.dependsOnId() == null || !byId.containsKey(a.dependsOnId()) ? ""
							: byId.get(a.dependsOnId()).title(),
					holders(a, Raci.R, partners), holders(a, Raci.A, partners), holders(a, Raci.C, partners),
					holders(a, Raci.I, partners)));
		}
		return rows;
	}

	/**
	 * One line per action, one column per accepted partner, the role letter in each cell.
	 */
	List<List<Object>> matrixRows(ActionPlan plan) {
		List<Partner> partners = plan.project().acceptedPartners();
		List<List<Object>> rows = new ArrayList<>();
		List<Object> header = new ArrayList<>();
		header.add(text("project.field.action"));
		partners.forEach(p -> header.add(p.organisationName()));
		rows.add(header);
		for (Action a : plan.actions()) {
			List<Object> row = new ArrayList<>();
			row.add(a.title());
			partners.forEach(p -> {
				Raci role = a.roleOf(p.organisationId());
				row.add(role == null ? "" : role.name());
			});
			rows.add(row);
		}
		return rows;
	}

	static void csv(List<List<Object>> rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (List<Object> row : rows) {
				printer.printRecord(row);
			}
		}
	}

	static void xlsx(String sheetName, List<List<Object>> rows, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Maillage", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
		for (int r = 0; r < rows.size(); r++) {
			List<Object> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Object value = row.get(c);
				if (value instanceof Long number) {
					sheet.value(r, c, number);
				}
				else if (value != null && !value.toString().isEmpty()) {
					sheet.value(r, c, value.toString());
				}
				if (r == 0) {
					sheet.style(r, c).bold().set();
				}
			}
		}
		workbook.finish();
	}

	private static String holders(Action a, Raci role, Map<Long, String> partners) {
		return a.roles()
			.entrySet()
			.stream()
			.filter(e -> e.getValue() == role)
			.map(e -> partners.getOrDefault(e.getKey(), "?"))
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
