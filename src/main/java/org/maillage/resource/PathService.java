package org.maillage.resource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.maillage.common.ConflictException;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.maillage.resource.internal.InvalidFieldException;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training paths: animators write them; members enrol, work through the modules, answer
 * the quizzes (explanations shown after answering) and get a certificate once every
 * module is done. Animators see anonymous completion statistics.
 */
@Service
@Transactional
public class PathService {

	private final TrainingPathRepository paths;

	private final EnrolmentRepository enrolments;

	private final ResourceRepository resources;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	PathService(TrainingPathRepository paths, EnrolmentRepository enrolments, ResourceRepository resources,
			CurrentUser currentUser, ApplicationEventPublisher events) {
		this.paths = paths;
		this.enrolments = enrolments;
		this.resources = resources;
		this.currentUser = currentUser;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<TrainingPath> all() {
		List<TrainingPath> all = paths.findAllByOrderByTitleAsc();
		all.forEach(TrainingPath::modules);
		return all;
	}

	@Transactional(readOnly = true)
	public TrainingPath get(long id) {
		TrainingPath path = paths.findById(id).orElseThrow(() -> new NotFoundException("resource.path.notFound"));
		path.modules();
		return path;
	}

	public TrainingPath create(PathCommand command) {
		UserRef animator = requireAnimator();
		int passMark = checkDescription(command);
		List<TrainingPath.Module> modules = modules(command, Set.of());
		TrainingPath path = paths.saveAndFlush(new TrainingPath(command.title().strip(), blankToNull(command.summary()),
				passMark, modules, animator.id(), clock.instant()));
		changed(path.id());
		return path;
	}

	/**
	 * Saves an edit made from the given version. When someone saved in between, a
	 * {@link ConflictException} carries the stored path and nothing is written.
	 * <p>
	 * Learners' progress is kept per module number, so it follows the modules: a module
	 * that names the stored module it continues
	 * ({@link PathCommand.ModuleCommand#number()}, which the edit form and the API's GET
	 * give) keeps that module's progress at its new place; a new module starts undone for
	 * everyone; the progress on a removed module is dropped. A completed path stays
	 * completed; an unfinished one is completed when all that remains is done.
	 */
	public TrainingPath update(long id, long version, PathCommand command) {
		TrainingPath path = get(id);
		requireEditor(path);
		if (path.version() != version) {
			throw new ConflictException(PathCommand.of(path));
		}
		int passMark = checkDescription(command);
		Set<Long> linked = path.modules()
			.stream()
			.map(TrainingPath.Module::resourceId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		List<TrainingPath.Module> modules = modules(command, linked);
		int storedCount = path.modules().size();
		Map<Integer, Integer> newNumbers = new HashMap<>();
		for (int i = 0; i < command.modules().size(); i++) {
			Integer number = command.modules().get(i).number();
			if (number != null && number >= 1 && number <= storedCount && !newNumbers.containsKey(number)) {
				newNumbers.put(number, i + 1);
			}
		}
		try {
			path.revise(command.title().strip(), blankToNull(command.summary()), passMark, modules, clock.instant());
			paths.saveAndFlush(path);
			for (Enrolment enrolment : enrolments.findByPathId(id)) {
				enrolment.renumber(newNumbers, modules.size(), clock.instant());
			}
			enrolments.flush();
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new ConflictException(null);
		}
		changed(id);
		return path;
	}

	/** Whether the current user may edit this path: its creator or an animator. */
	@Transactional(readOnly = true)
	public boolean canEdit(TrainingPath path) {
		return currentUser.get().map(user -> user.isAnimator() || user.id() == path.createdBy()).orElse(false);
	}

	/** Checks title, summary and pass mark; returns the pass mark (70 by default). */
	private static int checkDescription(PathCommand command) {
		if (command.title() == null || command.title().isBlank()) {
			throw new InvalidFieldException("title", "resource.path.title.required");
		}
		if (command.title().strip().length() > 200) {
			throw new InvalidFieldException("title", "resource.title.size");
		}
		if (command.summary() != null && command.summary().length() > 1000) {
			throw new InvalidFieldException("summary", "resource.summary.size");
		}
		int passMark = command.passMark() == null ? 70 : command.passMark();
		if (passMark < 0 || passMark > 100) {
			throw new InvalidFieldException("passMark", "resource.path.passMark.range");
		}
		if (command.modules().isEmpty()) {
			throw new InvalidFieldException("modules", "resource.path.modules.required");
		}
		return passMark;
	}

	/**
	 * The modules, each checked; a mistake is reported on {@code modules[i].field}, i
	 * counting from 0 in the command. A newly linked resource must be published; one the
	 * path already linked is kept even if it was withdrawn since (learners simply do not
	 * see it).
	 */
	private List<TrainingPath.Module> modules(PathCommand command, Set<Long> alreadyLinked) {
		List<TrainingPath.Module> modules = new ArrayList<>();
		for (int i = 0; i < command.modules().size(); i++) {
			var m = command.modules().get(i);
			String field = "modules[" + i + "].";
			if (m.title() == null || m.title().isBlank()) {
				throw new InvalidFieldException(field + "title", "resource.path.module.title.required");
			}
			if (m.title().strip().length() > 200) {
				throw new InvalidFieldException(field + "title", "resource.title.size");
			}
			if (m.content() != null && m.content().length() > 20000) {
				throw new InvalidFieldException(field + "content", "resource.body.size");
			}
			if (m.videoUrl() != null && !m.videoUrl().matches("^https?://[^\\s<>\"]+$")) {
				throw new InvalidFieldException(field + "videoUrl", "resource.link.invalid");
			}
			if (m.resourceId() != null && !alreadyLinked.contains(m.resourceId())
					&& resources.findById(m.resourceId()).filter(Resource::isPublished).isEmpty()) {
				throw new InvalidFieldException(field + "resource", "resource.path.module.resource.unknown");
			}
			if (!m.quiz().stream().allMatch(QuizQuestion::isValid)) {
				throw new InvalidFieldException(field + "quiz", "resource.path.quiz.invalid");
			}
			modules.add(new TrainingPath.Module(m.title().strip(), blankToNull(m.content()), m.videoUrl(),
					m.resourceId(), m.quiz()));
		}
		return modules;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private void changed(long id) {
		events.publishEvent(new SearchEntryChanged(SearchType.PATH, String.valueOf(id)));
	}

	public void delete(long id) {
		requireAnimator();
		paths.delete(get(id));
		changed(id);
	}

	/** Enrols the current member (once). */
	public Enrolment enrol(long pathId) {
		UserRef user = currentUser.require();
		get(pathId);
		return enrolments.findByPathIdAndUserId(pathId, user.id())
			.orElseGet(() -> enrolments.save(new Enrolment(pathId, user.id(), user.displayName(), clock.instant())));
	}

	@Transactional(readOnly = true)
	public Optional<Enrolment> enrolment(long pathId) {
		return currentUser.get().flatMap(user -> enrolments.findByPathIdAndUserId(pathId, user.id())).map(e -> {
			e.progress();
			return e;
		});
	}

	/**
	 * Grades the answers to a module's quiz (one set of choice indexes per question, in
	 * order); a pass marks the module done.
	 */
	public QuizResult answer(long pathId, int number, List<Set<Integer>> answers) {
		TrainingPath path = get(pathId);
		Enrolment enrolment = requireEnrolment(pathId);
		TrainingPath.Module module = path.module(number)
			.orElseThrow(() -> new NotFoundException("resource.path.module.notFound"));
		List<QuizQuestion> quiz = module.quiz();
		if (quiz.isEmpty()) {
			throw new InvalidFieldException("answers", "resource.quiz.none");
		}
		if (answers.size() != quiz.size()) {
			throw new InvalidFieldException("answers", "resource.quiz.unanswered");
		}
		List<QuizResult.Answer> results = new ArrayList<>();
		int right = 0;
		for (int i = 0; i < quiz.size(); i++) {
			QuizQuestion question = quiz.get(i);
			Set<Integer> given = answers.get(i) == null ? Set.of() : answers.get(i);
			boolean ok = question.isRight(given);
			right += ok ? 1 : 0;
			results.add(new QuizResult.Answer(given, ok, question.correct(),
					question.correct().stream().sorted().map(question.choices()::get).toList(),
					question.explanation()));
		}
		int score = Math.round(100f * right / quiz.size());
		boolean passed = path.passes(score);
		if (passed) {
			enrolment.complete(number, score, path.modules().size(), clock.instant());
		}
		return new QuizResult(score, passed, results);
	}

	/** Marks a module without quiz done. */
	public void complete(long pathId, int number) {
		TrainingPath path = get(pathId);
		Enrolment enrolment = requireEnrolment(pathId);
		TrainingPath.Module module = path.module(number)
			.orElseThrow(() -> new NotFoundException("resource.path.module.notFound"));
		if (module.hasQuiz()) {
			throw new InvalidFieldException("answers", "resource.quiz.required");
		}
		enrolment.complete(number, null, path.modules().size(), clock.instant());
	}

	/** The current learner's completed enrolment; a 404 before completion. */
	@Transactional(readOnly = true)
	public Enrolment completed(long pathId) {
		currentUser.require();
		return enrolment(pathId).filter(Enrolment::isCompleted)
			.orElseThrow(() -> new NotFoundException("resource.path.notCompleted"));
	}

	/**
	 * Anonymous completion statistics: how many enrolled and completed, and per module
	 * how many finished it and their average score.
	 */
	@Transactional(readOnly = true)
	public PathStatistics statistics(long pathId) {
		requireAnimator();
		TrainingPath path = get(pathId);
		List<Enrolment> all = enrolments.findByPathId(pathId);
		List<PathStatistics.ModuleStatistics> modules = new ArrayList<>();
		for (int n = 1; n <= path.modules().size(); n++) {
			int number = n;
			var done = all.stream().map(e -> e.progress().get(number)).filter(p -> p != null).toList();
			var scores = done.stream().map(Enrolment.Progress::score).filter(s -> s != null).toList();
			Integer average = scores.isEmpty() ? null
					: (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0));
			modules.add(new PathStatistics.ModuleStatistics(number, path.modules().get(n - 1).title(), done.size(),
					average));
		}
		long completed = all.stream().filter(Enrolment::isCompleted).count();
		return new PathStatistics(all.size(), completed, modules);
	}

	/** Anonymous figures of a path (no names). */
	public record PathStatistics(long enrolled, long completed, List<ModuleStatistics> modules) {

		public int completionRate() {
			return enrolled == 0 ? 0 : (int) Math.round(100.0 * completed / enrolled);
		}

		/** A module: how many learners finished it, their average quiz score. */
		public record ModuleStatistics(int number, String title, long done, Integer averageScore) {
		}

	}

	@Transactional(readOnly = true)
	public boolean canManage() {
		return currentUser.get().map(UserRef::isAnimator).orElse(false);
	}

	private Enrolment requireEnrolment(long pathId) {
		UserRef user = currentUser.require();
		return enrolments.findByPathIdAndUserId(pathId, user.id())
			.orElseThrow(() -> new ForbiddenException("resource.path.enrolFirst"));
	}

	private UserRef requireEditor(TrainingPath path) {
		UserRef user = currentUser.require();
		if (!user.isAnimator() && user.id() != path.createdBy()) {
			throw new ForbiddenException("resource.path.editForbidden");
		}
		return user;
	}

	private UserRef requireAnimator() {
		UserRef user = currentUser.require();
		if (!user.isAnimator()) {
			throw new ForbiddenException("resource.path.animatorOnly");
		}
		return user;
	}

}
