package org.maillage.project;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projects API: the same services and rules as the pages (visibility, roles,
 * validation, optimistic locking answered with a 409 carrying the stored version).
 * Partners have their own controller, {@link PartnerApiController}.
 */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApiController {

	record ProjectRequest(
			@NotBlank(message = "{project.title.required}") @Size(max = 200,
					message = "{project.title.size}") String title,
			@Size(max = 500, message = "{project.summary.size}") String summary,
			@Size(max = 20000, message = "{project.description.size}") String description, String territoryId,
			Set<String> themes, ProjectStatus status, LocalDate startDate, LocalDate endDate,
			ProjectVisibility visibility, Long leadOrganisationId, Long version) {

		ProjectCommand toCommand() {
			return new ProjectCommand(title, summary, description, territoryId, themes, status, startDate, endDate,
					visibility);
		}

	}

	record PartnerView(long id, long organisationId, String organisationName, PartnerRole role, PartnerStatus status,
			String contactName) {

		static PartnerView of(Partner p) {
			return new PartnerView(p.id(), p.organisationId(), p.organisationName(), p.role(), p.status(),
					p.contactName());
		}

	}

	record ProjectView(long id, String title, String summary, String description, String territoryId,
			Set<String> themes, ProjectStatus status, LocalDate startDate, LocalDate endDate,
			ProjectVisibility visibility, long leadOrganisationId, List<PartnerView> partners, long version,
			String url) {

		static ProjectView of(Project p) {
			return new ProjectView(p.id(), p.title(), p.summary(), p.description(), p.territoryId(), p.themes(),
					p.status(), p.startDate(), p.endDate(), p.visibility(), p.leadOrganisationId(),
					p.acceptedPartners().stream().map(PartnerView::of).toList(), p.version(), "/projets/" + p.id());
		}

	}

	record ProjectPage(List<ProjectView> items, long total, int page, int size, int pages) {
	}

	record ActionRequest(
			@NotBlank(message = "{project.action.title.required}") @Size(max = 200,
					message = "{project.title.size}") String title,
			@Size(max = 5000, message = "{project.action.description.size}") String description, Long workPackageId,
			Long responsibleOrganisationId, Long responsibleUserId, LocalDate startDate, LocalDate dueDate,
			ActionStatus status, @Min(value = 0, message = "{project.progress.range}") @Max(value = 100,
					message = "{project.progress.range}") Integer progress,
			Long dependsOnId, Long version) {

		ActionCommand toCommand() {
			return new ActionCommand(title, description, workPackageId, responsibleOrganisationId, responsibleUserId,
					startDate, dueDate, status, progress, dependsOnId);
		}

	}

	record ProgressRequest(ActionStatus status,
			@Min(value = 0, message = "{project.progress.range}") @Max(value = 100,
					message = "{project.progress.range}") Integer progress,
			@Size(max = 2000, message = "{project.note.size}") String note,
			@NotNull(message = "{project.version.required}") Long version) {
	}

	record IndicatorRequest(
			@NotBlank(message = "{project.indicator.name.required}") @Size(max = 200,
					message = "{project.title.size}") String name,
			@Size(max = 50, message = "{project.unit.size}") String unit, double baseline,
			@NotNull(message = "{project.number.required}") Double target, Long version) {
	}

	record MeasurementRequest(@NotNull(message = "{project.date.required}") LocalDate measuredOn,
			@NotNull(message = "{project.number.required}") Double value,
			@Size(max = 500, message = "{project.comment.size}") String comment) {
	}

	record IndicatorView(long id, String name, String unit, double baseline, double target, Double latest,
			int percentOfTarget, List<MeasurementView> measurements, long version) {

		static IndicatorView of(IndicatorTrack t) {
			Indicator i = t.indicator();
			return new IndicatorView(i.id(), i.name(), i.unit(), i.baseline(), i.target(), t.latest(),
					t.percentOfTarget(), t.measurements().stream().map(MeasurementView::of).toList(), i.version());
		}

	}

	record MeasurementView(LocalDate measuredOn, double value, String comment, String author) {

		static MeasurementView of(Measurement m) {
			return new MeasurementView(m.measuredOn(), m.value(), m.comment(), m.authorName());
		}

	}

	private final ProjectService projects;

	private final ProjectSearch search;

	private final ActionPlanService plans;

	private final FollowUpService followUp;

	private final ProjectTexts texts;

	ProjectApiController(ProjectService projects, ProjectSearch search, ActionPlanService plans,
			FollowUpService followUp, ProjectTexts texts) {
		this.texts = texts;
		this.projects = projects;
		this.search = search;
		this.plans = plans;
		this.followUp = followUp;
	}

	/** Pages start at 0. */
	@GetMapping
	ProjectPage list(@RequestParam(required = false) String q, @RequestParam(required = false) ProjectStatus status,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String territoryId,
			@RequestParam(required = false) Long partnerId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		var results = search.search(
				new ProjectCriteria(q, status == null ? Set.of() : Set.of(status), theme, territoryId, partnerId), page,
				size);
		return new ProjectPage(results.hits().stream().map(ProjectView::of).toList(), results.total(), results.page(),
				results.size(), results.pages());
	}

	@GetMapping("/{id}")
	ProjectView get(@PathVariable long id) {
		return ProjectView.of(projects.open(id).project());
	}

	@PostMapping
	ResponseEntity<ProjectView> create(@Valid @RequestBody ProjectRequest request) {
		if (request.leadOrganisationId() == null) {
			throw new InvalidProjectField("leadOrganisationId", "project.lead.required");
		}
		var created = ProjectView.of(projects.create(request.leadOrganisationId(), request.toCommand()));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	ProjectView update(@PathVariable long id, @Valid @RequestBody ProjectRequest request) {
		projects.update(id, request.version() == null ? -1 : request.version(), request.toCommand());
		return get(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		projects.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/actions")
	List<ActionSnapshot> actions(@PathVariable long id) {
		return plans.plan(id).actions().stream().map(ActionSnapshot::of).toList();
	}

	@PostMapping("/{id}/actions")
	ResponseEntity<ActionSnapshot> createAction(@PathVariable long id, @Valid @RequestBody ActionRequest request) {
		Action action = plans.createAction(id, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/actions/" + action.id()))
			.body(ActionSnapshot.of(action));
	}

	@GetMapping("/{id}/actions/{actionId}")
	ActionSnapshot action(@PathVariable long id, @PathVariable long actionId) {
		return ActionSnapshot.of(plans.action(id, actionId).action());
	}

	@PutMapping("/{id}/actions/{actionId}")
	ActionSnapshot updateAction(@PathVariable long id, @PathVariable long actionId,
			@Valid @RequestBody ActionRequest request) {
		return ActionSnapshot.of(plans.updateAction(id, actionId, request.version() == null ? -1 : request.version(),
				request.toCommand()));
	}

	@PostMapping("/{id}/actions/{actionId}/progress")
	ActionSnapshot progress(@PathVariable long id, @PathVariable long actionId,
			@Valid @RequestBody ProgressRequest request) {
		return ActionSnapshot
			.of(plans.progress(id, actionId, request.version(), request.status(), request.progress(), request.note()));
	}

	@GetMapping("/{id}/indicators")
	List<IndicatorView> indicators(@PathVariable long id) {
		return followUp.indicators(id).stream().map(IndicatorView::of).toList();
	}

	@PostMapping("/{id}/indicators")
	ResponseEntity<IndicatorView> createIndicator(@PathVariable long id, @Valid @RequestBody IndicatorRequest request) {
		Indicator indicator = followUp.addIndicator(id, request.name(), request.unit(), request.baseline(),
				request.target());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/indicators"))
			.body(IndicatorView.of(new IndicatorTrack(indicator, List.of())));
	}

	@PutMapping("/{id}/indicators/{indicatorId}")
	IndicatorView updateIndicator(@PathVariable long id, @PathVariable long indicatorId,
			@Valid @RequestBody IndicatorRequest request) {
		followUp.updateIndicator(id, indicatorId, request.version() == null ? -1 : request.version(), request.name(),
				request.unit(), request.baseline(), request.target());
		return indicator(id, indicatorId);
	}

	@PostMapping("/{id}/indicators/{indicatorId}/measurements")
	ResponseEntity<IndicatorView> measure(@PathVariable long id, @PathVariable long indicatorId,
			@Valid @RequestBody MeasurementRequest request) {
		followUp.measure(id, indicatorId, request.measuredOn(), request.value(), request.comment());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/indicators"))
			.body(indicator(id, indicatorId));
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> raced() {
		return ProjectApiProblems.raced(texts);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
		return ProjectApiProblems.unreadable(e, texts);
	}

	private IndicatorView indicator(long id, long indicatorId) {
		return followUp.indicators(id)
			.stream()
			.filter(t -> t.indicator().id() == indicatorId)
			.findFirst()
			.map(IndicatorView::of)
			.orElseThrow(() -> new org.maillage.common.NotFoundException("project.indicator.notFound"));
	}

}
