package org.maillage.resource;

import java.util.List;
import java.util.Set;

/**
 * One question of a module's quiz: single choice (radio) or multiple choice (check
 * boxes), the right choices by index, and the explanation shown once answered.
 */
public record QuizQuestion(String prompt, boolean multiple, List<String> choices, Set<Integer> correct,
		String explanation) {

	public QuizQuestion {
		choices = choices == null ? List.of() : List.copyOf(choices);
		correct = correct == null ? Set.of() : Set.copyOf(correct);
	}

	/** Right when exactly the right choices were ticked. */
	public boolean isRight(Set<Integer> answer) {
		return answer != null && answer.equals(correct);
	}

	/**
	 * Whether the question is well formed: a prompt, two choices, valid right choices.
	 */
	boolean isValid() {
		return prompt != null && !prompt.isBlank() && choices.size() >= 2 && !correct.isEmpty()
				&& correct.stream().allMatch(i -> i >= 0 && i < choices.size()) && (multiple || correct.size() == 1);
	}

}
