package org.jumelage.shared.validation;

import jakarta.validation.constraints.NotBlank;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's Bean Validation: {@code @NotBlank} refuses texts made only of invisible characters
 * (the provider's own check only trims ASCII spaces), so every command's required fields follow
 * {@link RequiredText}.
 */
@Configuration(proxyBeanMethods = false)
class ValidationSetup {

    @Bean
    ValidationConfigurationCustomizer visibleRequiredTexts() {
        return configuration -> {
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                ConstraintMapping mapping = hibernate.createConstraintMapping();
                mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false)
                        .validatedBy(VisibleTextValidator.class);
                hibernate.addMapping(mapping);
            }
        };
    }
}
