package org.maillage.resource.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A resource's structured fields (name → text), stored as one JSON object. */
@Converter
public class FieldsConverter implements AttributeConverter<Map<String, String>, String> {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(Map<String, String> fields) {
		return fields == null || fields.isEmpty() ? null : JSON.writeValueAsString(fields);
	}

	@Override
	public Map<String, String> convertToEntityAttribute(String json) {
		if (json == null || json.isBlank()) {
			return new LinkedHashMap<>();
		}
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

}
