package org.maillage.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * A training path as written by an animator: title, summary, pass mark (percent) and its
 * modules in order.
 */
public record PathCommand(String title, String summary, Integer passMark, List<ModuleCommand> modules) {

	public PathCommand {
		modules = modules == null ? List.of() : List.copyOf(modules);
	}

	/** The path as stored, each module with its number, for an edit or a conflict. */
	static PathCommand of(TrainingPath path) {
		List<ModuleCommand> modules = new ArrayList<>();
		for (int i = 0; i < path.modules().size(); i++) {
			var m = path.modules().get(i);
			modules.add(new ModuleCommand(m.title(), m.content(), m.videoUrl(), m.resourceId(), m.quiz(), i + 1));
		}
		return new PathCommand(path.title(), path.summary(), path.passMark(), modules);
	}

	/**
	 * One module: text (Markdown), an optional video link and resource, a quiz.
	 * {@code number} matters only when a path is edited: it names the module of the
	 * stored path (1 for the first) that this one continues, so that the learners who
	 * finished that module keep it done wherever it now stands; null for a new module.
	 */
	public record ModuleCommand(String title, String content, String videoUrl, Long resourceId, List<QuizQuestion> quiz,
			Integer number) {

		public ModuleCommand {
			quiz = quiz == null ? List.of() : List.copyOf(quiz);
		}

		/** A new module (it continues none). */
		public ModuleCommand(String title, String content, String videoUrl, Long resourceId, List<QuizQuestion> quiz) {
			this(title, content, videoUrl, resourceId, quiz, null);
		}

	}

}
