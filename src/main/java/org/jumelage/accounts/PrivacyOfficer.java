package org.jumelage.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The person in charge of the protection of personal information (Law 25 requires the organisation to
 * name them publicly), as the operator configures it.
 */
@ConfigurationProperties("jumelage.privacy.officer")
public record PrivacyOfficer(String name, String title, String email, String phone, String address) {
}
