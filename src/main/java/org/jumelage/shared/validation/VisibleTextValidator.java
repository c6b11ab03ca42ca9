package org.jumelage.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/** {@code @NotBlank} as {@link RequiredText} reads it: nothing visible is blank. */
public class VisibleTextValidator implements ConstraintValidator<NotBlank, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return RequiredText.isGiven(value);
    }
}
