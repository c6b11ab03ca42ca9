package org.jumelage.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A date inside {@link SaneDates}' range, or absent. */
@Documented
@Constraint(validatedBy = SaneDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SaneDate {

    String message() default "{" + SaneDates.MESSAGE_KEY + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements jakarta.validation.ConstraintValidator<SaneDate, java.time.LocalDate> {
        @Override
        public boolean isValid(java.time.LocalDate value, jakarta.validation.ConstraintValidatorContext context) {
            return SaneDates.isSane(value);
        }
    }
}
