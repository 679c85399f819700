package org.maillage.resource;

import java.util.List;
import java.util.Set;

/**
 * A quiz answered: the score in percent, whether it passes, and for each question whether
 * it was right, with the right choices and the explanation.
 */
public record QuizResult(int score, boolean passed, List<Answer> answers) {

	/** One question answered. */
	public record Answer(Set<Integer> given, boolean right, Set<Integer> correct, List<String> expected,
			String explanation) {
	}

}
