package org.jumelage.support;


import org.jumelage.notifications.OutboxStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of integration tests: the whole application on a random HTTP port, the embedded MongoDB
 * server in memory on a random port (reached over the wire by the real driver), GreenMail as the
 * SMTP server, and a clock that tests can move. All subclasses share one cached context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jumelage.embedded-mongo.in-memory=true",
        "jumelage.embedded-mongo.port=0",
        "jumelage.demo-data=false",
        "jumelage.mail.host=127.0.0.1",
        "jumelage.mail.poll-interval=PT0.2S",
        "jumelage.mail.retry-base=PT0.3S",
        "jumelage.mail.max-attempts=4",
        "vaadin.launch-browser=false",
        // Every test signs in from this machine's address: limits are tested in their own context.
        "jumelage.rate-limit.login.max=100000",
        "jumelage.rate-limit.registration.max=100000",
        "jumelage.rate-limit.password-reset.max=100000",
        // Retention is applied by its tests with a moved clock, not by the daily job.
        "jumelage.retention.check-delay=PT12H"})
@Import({IntegrationTestBase.TestClockConfiguration.class, TestAccounts.class})
public abstract class IntegrationTestBase {

    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("jumelage.mail.port", () -> TestMailServer.PORT);
    }

    @Autowired
    private org.springframework.context.ApplicationContext applicationContext;

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Mails an earlier test queued and did not wait for (for instance to every coordinator of the shared
     * store, or dated by a clock that test moved forward) would otherwise sit ahead of this test's mails
     * in the outbox and slow their delivery: each test starts with no pending mail.
     */
    @BeforeEach
    void discardPendingMailOfEarlierTests() {
        applicationContext.getBean(MongoTemplate.class)
                .remove(Query.query(Criteria.where("status").is(OutboxStatus.PENDING.name())), "outbox");
    }

    /**
     * Vaadin installs its security-context strategy as a JVM-wide static. A test that starts and
     * closes another application context (restart tests) leaves that context's strategy behind;
     * put this context's strategy back so that signing in a test user reaches method security.
     */
    @BeforeEach
    void restoreSecurityContextStrategy() {
        applicationContext.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class TestClockConfiguration {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

}
