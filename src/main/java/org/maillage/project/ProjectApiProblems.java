package org.maillage.project;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The projects API's answers to bodies that cannot even be read (a role or a status that
 * does not exist, a date that is not one) and to saves that raced past the version check:
 * problem details in French, naming the field, like the validation errors.
 */
final class ProjectApiProblems {

	private ProjectApiProblems() {
	}

	/**
	 * A value of the wrong kind is explained under {@code errors}, with the choices when
	 * the field is a list of values.
	 */
	static ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, ProjectTexts texts) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts.get("error.validation"));
		if (e.getCause() instanceof MismatchedInputException mismatch && field(mismatch) != null) {
			Class<?> type = mismatch.getTargetType();
			String message = type != null && type.isEnum() ? texts.get("project.api.choice.invalid",
					Arrays.stream(type.getEnumConstants())
						.map(c -> ((Enum<?>) c).name())
						.collect(Collectors.joining(", ")))
					: texts.get("project.api.value.invalid");
			Map<String, String> errors = new LinkedHashMap<>();
			errors.put(field(mismatch), message);
			problem.setProperty("errors", errors);
		}
		else {
			problem.setDetail(texts.get("project.api.body.unreadable"));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Two saves raced past the version check: the later one is refused, as a conflict.
	 */
	static ResponseEntity<ProblemDetail> raced(ProjectTexts texts) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, texts.get("error.conflict")));
	}

	private static String field(JacksonException e) {
		return e.getPath()
			.stream()
			.map(JacksonException.Reference::getPropertyName)
			.filter(name -> name != null)
			.reduce((first, second) -> second)
			.orElse(null);
	}

}
