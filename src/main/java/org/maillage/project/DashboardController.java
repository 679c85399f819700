package org.maillage.project;

import java.net.URI;
import java.util.List;

import org.maillage.common.CalendarFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project's dashboard, and a person's actions across all their projects. */
@Controller
class DashboardController {

	private final DashboardService dashboards;

	private final ActionPlanService plans;

	private final ProjectPermissions permissions;

	private final ProjectTexts texts;

	private final String baseUrl;

	DashboardController(DashboardService dashboards, ActionPlanService plans, ProjectPermissions permissions,
			ProjectTexts texts, @Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.dashboards = dashboards;
		this.plans = plans;
		this.permissions = permissions;
		this.texts = texts;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/projets/{id}/tableau-de-bord")
	String dashboard(@PathVariable long id, Model model) {
		Dashboard dashboard = dashboards.dashboard(id);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("open", dashboard.open());
		model.addAttribute("project", dashboard.project());
		return "project/dashboard";
	}

	@GetMapping("/mes-actions")
	String myActions(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") String page,
			Model model) {
		permissions.requireLogin();
		Long number = ProjectPageController.parseLong(page);
		var actions = plans.myActions(number == null ? 0 : (int) Math.min(Integer.MAX_VALUE, number - 1));
		model.addAttribute("actions", actions.getContent());
		model.addAttribute("page", actions);
		model.addAttribute("today", ActionPlanService.today());
		return "project/my-actions";
	}

	@GetMapping("/mes-actions.ics")
	ResponseEntity<String> myCalendar() {
		permissions.requireLogin();
		List<CalendarFiles.Entry> entries = plans.myDueDates()
			.stream()
			.filter(a -> a.dueDate() != null)
			.map(a -> CalendarFiles.Entry
				.allDay("action-" + a.id() + "@maillage", a.title() + " (" + a.projectTitle() + ")", a.dueDate())
				.linkedTo(URI.create(baseUrl + "/projets/" + a.projectId() + "/actions/" + a.id())))
			.toList();
		return calendar(texts.get("project.myActions.title"), entries, "mes-actions.ics");
	}

	static ResponseEntity<String> calendar(String name, List<CalendarFiles.Entry> entries, String fileName) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, CalendarFiles.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(CalendarFiles.write(name, entries));
	}

}
