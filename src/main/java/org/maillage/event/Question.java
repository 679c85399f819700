package org.maillage.event;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question the organiser asks every registrant (diet, expectations, role...). */
@Entity
@Table(name = "event_question")
public class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String label;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	/** For choices: the options, separated by commas. */
	private String choices;

	private boolean required;

	protected Question() {
	}

	public Question(int position, String label, QuestionKind kind, List<String> choices, boolean required) {
		this.position = position;
		this.label = label;
		this.kind = kind;
		this.choices = choices.isEmpty() ? null : String.join(",", choices);
		this.required = required;
	}

	public Long id() {
		return id;
	}

	public int position() {
		return position;
	}

	public String label() {
		return label;
	}

	public QuestionKind kind() {
		return kind;
	}

	public List<String> choices() {
		return choices == null ? List.of() : Arrays.stream(choices.split(",")).map(String::strip).toList();
	}

	public boolean required() {
		return required;
	}

	/** Whether this answer (may be blank) is acceptable. */
	public boolean accepts(String answer) {
		if (answer == null || answer.isBlank()) {
			return !required;
		}
		return switch (kind) {
			case TEXT -> answer.length() <= 2000;
			case CHOICE -> choices().contains(answer);
			case YES_NO -> answer.equals("oui") || answer.equals("non");
		};
	}

}
