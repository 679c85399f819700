package org.maillage.resource;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The training paths API: everyone reads paths (quizzes without their answers); animators
 * create them; their creator and the animators replace them (with the version read);
 * members enrol and answer quizzes.
 */
@RestController
@RequestMapping("/api/v1/paths")
class PathApiController {

	record PathRequest(
			@NotBlank(message = "{resource.path.title.required}") @Size(max = 200,
					message = "{resource.title.size}") String title,
			@Size(max = 1000, message = "{resource.summary.size}") String summary,
			@Min(value = 0, message = "{resource.path.passMark.range}") @Max(value = 100,
					message = "{resource.path.passMark.range}") Integer passMark,
			@NotNull(message = "{resource.path.modules.required}") List<PathCommand.ModuleCommand> modules) {
	}

	/**
	 * An edit: the whole path as it should be, from the version read. Each module may
	 * give the {@code number} it had in that version (as GET shows it) to keep the
	 * learners' progress on it; a module without a number is new.
	 */
	record PathUpdateRequest(
			@NotBlank(message = "{resource.path.title.required}") @Size(max = 200,
					message = "{resource.title.size}") String title,
			@Size(max = 1000, message = "{resource.summary.size}") String summary,
			@Min(value = 0, message = "{resource.path.passMark.range}") @Max(value = 100,
					message = "{resource.path.passMark.range}") Integer passMark,
			@NotNull(message = "{resource.path.modules.required}") List<PathCommand.ModuleCommand> modules,
			Long version) {
	}

	record AnswersRequest(@NotNull(message = "{resource.quiz.unanswered}") List<Set<Integer>> answers) {
	}

	record QuestionView(String prompt, boolean multiple, List<String> choices) {
	}

	record ModuleView(int number, String title, String content, String videoUrl, Long resourceId,
			List<QuestionView> quiz) {
	}

	record PathView(long id, String title, String summary, int passMark, List<ModuleView> modules, long version,
			String url) {

		static PathView of(TrainingPath path) {
			List<ModuleView> modules = new java.util.ArrayList<>();
			for (int i = 0; i < path.modules().size(); i++) {
				var m = path.modules().get(i);
				modules.add(new ModuleView(i + 1, m.title(), m.content(), m.videoUrl(), m.resourceId(),
						m.quiz().stream().map(q -> new QuestionView(q.prompt(), q.multiple(), q.choices())).toList()));
			}
			return new PathView(path.id(), path.title(), path.summary(), path.passMark(), modules, path.version(),
					"/parcours/" + path.id());
		}

	}

	record PathSummary(long id, String title, String summary, int modules, String url) {
	}

	record EnrolmentView(long pathId, List<Integer> modulesDone, boolean completed, String certificate) {

		static EnrolmentView of(Enrolment e) {
			return new EnrolmentView(e.pathId(), e.progress().keySet().stream().sorted().toList(), e.isCompleted(),
					e.isCompleted() ? "/parcours/" + e.pathId() + "/certificat.pdf" : null);
		}

	}

	private final PathService paths;

	PathApiController(PathService paths) {
		this.paths = paths;
	}

	@GetMapping
	List<PathSummary> list() {
		return paths.all()
			.stream()
			.map(p -> new PathSummary(p.id(), p.title(), p.summary(), p.modules().size(), "/api/v1/paths/" + p.id()))
			.toList();
	}

	@GetMapping("/{id}")
	PathView get(@PathVariable long id) {
		return PathView.of(paths.get(id));
	}

	@PostMapping
	ResponseEntity<PathView> create(@Valid @RequestBody PathRequest request) {
		TrainingPath path = paths
			.create(new PathCommand(request.title(), request.summary(), request.passMark(), request.modules()));
		return ResponseEntity.created(URI.create("/api/v1/paths/" + path.id())).body(PathView.of(path));
	}

	/** Replaces the path; a stale {@code version} is a 409 with the stored path. */
	@PutMapping("/{id}")
	PathView update(@PathVariable long id, @Valid @RequestBody PathUpdateRequest request) {
		long version = request.version() == null ? -1 : request.version();
		paths.update(id, version,
				new PathCommand(request.title(), request.summary(), request.passMark(), request.modules()));
		return PathView.of(paths.get(id));
	}

	@PostMapping("/{id}/enrolment")
	EnrolmentView enrol(@PathVariable long id) {
		return EnrolmentView.of(paths.enrol(id));
	}

	@PostMapping("/{id}/modules/{number}/answers")
	QuizResult answer(@PathVariable long id, @PathVariable int number, @Valid @RequestBody AnswersRequest request) {
		return paths.answer(id, number, request.answers());
	}

}
