package org.jumelage.accounts;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person types to open an account. Messages are translation keys. */
public record RegistrationCommand(
        @NotBlank(message = "{validation.email.required}")
        @Email(regexp = org.jumelage.shared.validation.EmailAddresses.REGEX, message = "{validation.email.invalid}")
        @Size(max = 254, message = "{validation.email.tooLong}")
        String email,

        @NotBlank(message = "{validation.displayName.required}")
        @Size(max = 100, message = "{validation.displayName.tooLong}")
        String displayName,

        @NotNull(message = "{validation.password.required}")
        @StrongPassword
        String password,

        @NotNull(message = "{validation.language.required}")
        Locale language,

        @NotNull(message = "{validation.accountType.required}")
        AccountType accountType,

        /** The purposes of the privacy policy the person accepts; the required ones must be there. */
        Set<ConsentPurpose> consents) {
}
