package org.maillage.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Reads what people type in dates, numbers, amounts and choices, so that "31/02/2026",
 * "140", "-5" or "abc" get a French message next to the field and the input is kept,
 * instead of failing the whole form's conversion. Forms carry these fields as text.
 */
final class FormInput {

	private FormInput() {
	}

	/** A date typed as 2026-12-31 (date input) or 31/12/2026. */
	static LocalDate date(String raw, String field, BindingResult errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String text = raw.strip();
		try {
			if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
				String[] parts = text.split("/");
				return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
			}
			return LocalDate.parse(text);
		}
		catch (java.time.DateTimeException | NumberFormatException e) {
			reject(errors, field, raw, "project.date.invalid");
			return null;
		}
	}

	/** A percentage between 0 and 100. */
	static Integer percent(String raw, String field, BindingResult errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(raw.strip().replace("%", "").strip());
			if (value < 0 || value > 100) {
				reject(errors, field, raw, "project.progress.range");
				return null;
			}
			return value;
		}
		catch (NumberFormatException e) {
			reject(errors, field, raw, "project.progress.range");
			return null;
		}
	}

	/** A decimal number; the French comma is accepted. */
	static Double number(String raw, String field, BindingResult errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(raw.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException e) {
			reject(errors, field, raw, "project.number.invalid");
			return null;
		}
	}

	/** An amount in euros ("12 500,50", "12500.5 €") as cents; never negative. */
	static Long cents(String raw, String field, BindingResult errors) {
		if (raw == null || raw.isBlank()) {
			reject(errors, field, raw, "project.amount.required");
			return null;
		}
		String text = raw.replace('\u00a0', ' ')
			.replace('\u202f', ' ')
			.replace("€", "")
			.replace(" ", "")
			.replace(',', '.');
		try {
			BigDecimal euros = new BigDecimal(text);
			if (euros.signum() < 0) {
				reject(errors, field, raw, "project.amount.negative");
				return null;
			}
			if (euros.scale() > 2) {
				reject(errors, field, raw, "project.amount.invalid");
				return null;
			}
			return euros.movePointRight(2).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException e) {
			reject(errors, field, raw, "project.amount.invalid");
			return null;
		}
	}

	/** A value of a list of choices; an unknown one is refused next to the field. */
	static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, BindingResult errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip());
		}
		catch (IllegalArgumentException e) {
			reject(errors, field, raw, "project.choice.invalid");
			return null;
		}
	}

	/** An id chosen in a list. */
	static Long id(String raw, String field, BindingResult errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(raw.strip());
		}
		catch (NumberFormatException e) {
			reject(errors, field, raw, "project.choice.invalid");
			return null;
		}
	}

	static void reject(BindingResult errors, String field, String value, String code, Object... arguments) {
		errors.addError(
				new FieldError(errors.getObjectName(), field, value, false, new String[] { code }, arguments, null));
	}

}
