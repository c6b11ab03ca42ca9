package org.jumelage.accounts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings.
 *
 * @param baseUrl       public address of the application, for links in e-mails
 * @param adminEmail    first administrator, created at start-up when no administrator exists
 * @param adminPassword password of that administrator
 * @param demoData      demo accounts: "auto" (only on an empty embedded database), "true" or "false"
 */
@ConfigurationProperties("jumelage")
public record AccountSettings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        String adminEmail,
        String adminPassword,
        @DefaultValue("auto") String demoData) {

    public String link(String pathAndQuery) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + pathAndQuery;
    }
}
