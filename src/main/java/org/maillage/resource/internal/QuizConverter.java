package org.maillage.resource.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.maillage.resource.QuizQuestion;

import tools.jackson.core.type.TypeReference;

/** A module's quiz, stored as a JSON array of questions. */
@Converter
public class QuizConverter implements AttributeConverter<List<QuizQuestion>, String> {

	@Override
	public String convertToDatabaseColumn(List<QuizQuestion> quiz) {
		return quiz == null || quiz.isEmpty() ? null : FieldsConverter.JSON.writeValueAsString(quiz);
	}

	@Override
	public List<QuizQuestion> convertToEntityAttribute(String json) {
		if (json == null || json.isBlank()) {
			return new ArrayList<>();
		}
		return FieldsConverter.JSON.readValue(json, new TypeReference<List<QuizQuestion>>() {
		});
	}

}
