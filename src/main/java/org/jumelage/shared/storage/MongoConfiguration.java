package org.jumelage.shared.storage;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Auditing (who and when) for every document, from the signed-in user and the application clock. */
@Configuration(proxyBeanMethods = false)
@EnableMongoAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "auditingClock")
public class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
                return Optional.of("system");
            }
            return Optional.of(auth.getName());
        };
    }

    @Bean
    DateTimeProvider auditingClock(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    @EventListener(ApplicationReadyEvent.class)
    void logDatabaseMode(ApplicationReadyEvent event) {
        String uri = event.getApplicationContext().getEnvironment().getProperty("MONGODB_URI", "");
        if (!uri.isBlank()) {
            log.info("Database mode: external MongoDB from MONGODB_URI ({})", redact(uri));
        }
    }

    static String redact(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }
}
