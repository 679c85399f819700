package org.maillage.resource;

import java.util.List;

/**
 * A training path as written by an animator: title, summary, pass mark (percent) and its
 * modules in order.
 */
public record PathCommand(String title, String summary, Integer passMark, List<ModuleCommand> modules) {

	public PathCommand {
		modules = modules == null ? List.of() : List.copyOf(modules);
	}

	/** One module: text (Markdown), an optional video link and resource, a quiz. */
	public record ModuleCommand(String title, String content, String videoUrl, Long resourceId,
			List<QuizQuestion> quiz) {

		public ModuleCommand {
			quiz = quiz == null ? List.of() : List.copyOf(quiz);
		}

	}

}
