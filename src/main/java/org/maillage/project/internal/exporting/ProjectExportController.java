package org.maillage.project.internal.exporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.maillage.common.CalendarFiles;
import org.maillage.common.PdfDocuments;
import org.maillage.common.TextFolding;
import org.maillage.project.ActionPlan;
import org.maillage.project.ActionPlanService;
import org.maillage.project.DashboardService;
import org.maillage.project.FollowUpService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A project's documents: the sheet for a steering committee (PDF), the action plan and
 * the who-does-what matrix (XLSX, CSV), the actions' due dates (iCalendar). Same
 * visibility as the pages.
 */
@Controller
class ProjectExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ActionPlanService plans;

	private final DashboardService dashboards;

	private final FollowUpService followUp;

	private final PlanExport export;

	private final ITemplateEngine templates;

	private final String baseUrl;

	ProjectExportController(ActionPlanService plans, DashboardService dashboards, FollowUpService followUp,
			PlanExport export, ITemplateEngine templates,
			@Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.plans = plans;
		this.dashboards = dashboards;
		this.followUp = followUp;
		this.export = export;
		this.templates = templates;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/projets/{id}/fiche.pdf")
	ResponseEntity<byte[]> sheet(@PathVariable long id) {
		var dashboard = dashboards.dashboard(id);
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("d", dashboard);
		context.setVariable("project", dashboard.project());
		context.setVariable("plan", plans.plan(id));
		context.setVariable("governance", followUp.governance(id));
		String html = templates.process("project/sheet", context);
		return file(PdfDocuments.fromHtml(html, baseUrl), MediaType.APPLICATION_PDF,
				fileName(dashboard.project().title()) + ".pdf");
	}

	@GetMapping("/projets/{id}/plan.xlsx")
	ResponseEntity<byte[]> planXlsx(@PathVariable long id) throws IOException {
		ActionPlan plan = plans.plan(id);
		var out = new ByteArrayOutputStream();
		PlanExport.xlsx("Plan d'action", export.planRows(plan), out);
		return file(out.toByteArray(), XLSX, "plan-" + fileName(plan.project().title()) + ".xlsx");
	}

	@GetMapping("/projets/{id}/plan.csv")
	ResponseEntity<byte[]> planCsv(@PathVariable long id) throws IOException {
		ActionPlan plan = plans.plan(id);
		var out = new ByteArrayOutputStream();
		PlanExport.csv(export.planRows(plan), out);
		return file(out.toByteArray(), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"plan-" + fileName(plan.project().title()) + ".csv");
	}

	@GetMapping("/projets/{id}/matrice.xlsx")
	ResponseEntity<byte[]> matrixXlsx(@PathVariable long id) throws IOException {
		ActionPlan plan = plans.plan(id);
		var out = new ByteArrayOutputStream();
		PlanExport.xlsx("Qui fait quoi", export.matrixRows(plan), out);
		return file(out.toByteArray(), XLSX, "qui-fait-quoi-" + fileName(plan.project().title()) + ".xlsx");
	}

	@GetMapping("/projets/{id}/matrice.csv")
	ResponseEntity<byte[]> matrixCsv(@PathVariable long id) throws IOException {
		ActionPlan plan = plans.plan(id);
		var out = new ByteArrayOutputStream();
		PlanExport.csv(export.matrixRows(plan), out);
		return file(out.toByteArray(), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"qui-fait-quoi-" + fileName(plan.project().title()) + ".csv");
	}

	@GetMapping("/projets/{id}/actions.ics")
	ResponseEntity<byte[]> calendar(@PathVariable long id) {
		ActionPlan plan = plans.plan(id);
		List<CalendarFiles.Entry> entries = new java.util.ArrayList<>();
		plan.actions()
			.stream()
			.filter(a -> a.dueDate() != null && !a.status().closed())
			.forEach(a -> entries.add(CalendarFiles.Entry
				.allDay("action-" + a.id() + "@maillage", a.title() + " (" + plan.project().title() + ")", a.dueDate())
				.linkedTo(URI.create(baseUrl + "/projets/" + id + "/actions/" + a.id()))));
		plan.milestones()
			.forEach(
					m -> entries.add(CalendarFiles.Entry
						.allDay("milestone-" + m.id() + "@maillage",
								"◆ " + m.title() + " (" + plan.project().title() + ")", m.dueDate())
						.linkedTo(URI.create(baseUrl + "/projets/" + id + "/plan"))));
		return file(
				CalendarFiles.write(plan.project().title(), entries).getBytes(java.nio.charset.StandardCharsets.UTF_8),
				MediaType.parseMediaType(CalendarFiles.MEDIA_TYPE), "projet-" + id + ".ics");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

	/**
	 * An ASCII file name from a title: "Stratégie alimentaire" → "strategie-alimentaire".
	 */
	static String fileName(String title) {
		String slug = TextFolding.fold(title).replace(' ', '-');
		return slug.isEmpty() ? "projet" : (slug.length() > 60 ? slug.substring(0, 60) : slug);
	}

}
