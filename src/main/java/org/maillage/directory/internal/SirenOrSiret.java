package org.maillage.directory.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A SIREN or SIRET number with a valid Luhn key (blank allowed; spaces tolerated). */
@Documented
@Constraint(validatedBy = SirenOrSiret.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface SirenOrSiret {

	String message() default "{directory.siren.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<SirenOrSiret, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			String cleaned = RegistryNumbers.clean(value);
			if (!cleaned.matches("\\d{9}|\\d{14}")) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{directory.siren.format}").addConstraintViolation();
				return false;
			}
			return RegistryNumbers.luhn(cleaned);
		}

	}

}
