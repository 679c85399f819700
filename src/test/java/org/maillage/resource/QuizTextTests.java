package org.maillage.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.maillage.resource.internal.InvalidFieldException;

/**
 * Animators write quizzes as text: "?" question, "+" right, "-" wrong, "&gt;"
 * explanation.
 */
class QuizTextTests {

	@Test
	void one_right_answer_is_a_single_choice_several_make_a_multiple_choice() {
		var quiz = QuizText.parse("""
				? À quoi sert une matrice ?
				+ À répartir les rôles
				- À payer les factures
				> Elle rend visibles les rôles.

				? Qui pilote ?
				+ Les financeurs
				+ Les partenaires
				- Personne
				""", "quiz");
		assertThat(quiz).hasSize(2);
		assertThat(quiz.get(0).multiple()).isFalse();
		assertThat(quiz.get(0).correct()).isEqualTo(Set.of(0));
		assertThat(quiz.get(0).explanation()).isEqualTo("Elle rend visibles les rôles.");
		assertThat(quiz.get(1).multiple()).isTrue();
		assertThat(quiz.get(1).correct()).isEqualTo(Set.of(0, 1));
		assertThat(QuizText.parse(QuizText.format(quiz), "quiz")).isEqualTo(quiz);
	}

	@Test
	void a_mistake_is_reported_with_its_line() {
		assertThatThrownBy(() -> QuizText.parse("? Question\n+ Oui\nNon", "modules[1].quiz"))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> {
				assertThat(e.field()).isEqualTo("modules[1].quiz");
				assertThat(e.arguments()).containsExactly(3);
			});
		assertThatThrownBy(() -> QuizText.parse("? Sans bonne réponse\n- a\n- b", "quiz"))
			.isInstanceOf(InvalidFieldException.class);
		assertThat(QuizText.parse("  ", "quiz")).isEmpty();
	}

}
