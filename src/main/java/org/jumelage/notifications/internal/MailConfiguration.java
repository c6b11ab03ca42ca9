package org.jumelage.notifications.internal;

import java.util.Properties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * The SMTP client (only when a host is configured) and the cluster-wide lock that lets a single
 * node run the outbox sender at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class MailConfiguration {

    static final String TIMEOUT_MILLIS = "10000";

    @Bean
    LockProvider lockProvider(MongoTemplate mongoTemplate) {
        return new MongoLockProvider(mongoTemplate.getDb());
    }

    @Bean
    @Conditional(SmtpHostConfigured.class)
    JavaMailSenderImpl javaMailSender(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host().trim());
        sender.setPort(settings.port());
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (settings.hasCredentials()) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
            props.setProperty("mail.smtp.auth", "true");
            // Credentials are never sent in clear text when the server offers STARTTLS.
            props.setProperty("mail.smtp.starttls.enable", "true");
        }
        return sender;
    }

    /** True when {@code jumelage.mail.host} has a non-blank value ({@code SMTP_HOST} defaults to empty). */
    static class SmtpHostConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("jumelage.mail.host"));
        }
    }
}
