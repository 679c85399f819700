package org.maillage.resource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maillage.resource.internal.InvalidFieldException;

/**
 * A quiz written as plain text, so that animators need no JavaScript editor:
 *
 * <pre>
 * ? À quoi sert une matrice qui-fait-quoi ?
 * + À répartir les rôles
 * - À payer les factures
 * &gt; Elle rend visibles les rôles de chacun.
 * </pre>
 *
 * "?" starts a question, "+" a right choice, "-" a wrong one, "&gt;" the explanation;
 * several "+" make it a multiple-choice question.
 */
public final class QuizText {

	private QuizText() {
	}

	/** Reads the quiz; refuses it with the line number of the first mistake. */
	public static List<QuizQuestion> parse(String text, String field) {
		List<QuizQuestion> quiz = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return quiz;
		}
		String prompt = null;
		List<String> choices = new ArrayList<>();
		Set<Integer> right = new LinkedHashSet<>();
		StringBuilder explanation = new StringBuilder();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			char mark = line.charAt(0);
			String rest = line.substring(1).strip();
			if (mark == '?') {
				if (prompt != null) {
					quiz.add(question(prompt, choices, right, explanation, field, i));
				}
				prompt = rest;
				choices = new ArrayList<>();
				right = new LinkedHashSet<>();
				explanation = new StringBuilder();
			}
			else if ((mark == '+' || mark == '-' || mark == '>') && prompt != null) {
				if (mark == '>') {
					explanation.append(explanation.isEmpty() ? "" : " ").append(rest);
				}
				else {
					if (mark == '+') {
						right.add(choices.size());
					}
					choices.add(rest);
				}
			}
			else {
				throw new InvalidFieldException(field, "resource.quizText.line", i + 1);
			}
		}
		if (prompt != null) {
			quiz.add(question(prompt, choices, right, explanation, field, lines.length));
		}
		return quiz;
	}

	/** The quiz written back as text, for editing. */
	public static String format(List<QuizQuestion> quiz) {
		StringBuilder text = new StringBuilder();
		for (QuizQuestion q : quiz) {
			text.append("? ").append(q.prompt()).append('\n');
			for (int i = 0; i < q.choices().size(); i++) {
				text.append(q.correct().contains(i) ? "+ " : "- ").append(q.choices().get(i)).append('\n');
			}
			if (q.explanation() != null && !q.explanation().isBlank()) {
				text.append("> ").append(q.explanation()).append('\n');
			}
		}
		return text.toString();
	}

	private static QuizQuestion question(String prompt, List<String> choices, Set<Integer> right,
			StringBuilder explanation, String field, int line) {
		QuizQuestion question = new QuizQuestion(prompt, right.size() > 1, choices, right,
				explanation.isEmpty() ? null : explanation.toString());
		if (!question.isValid()) {
			throw new InvalidFieldException(field, "resource.quizText.question", prompt, line);
		}
		return question;
	}

}
