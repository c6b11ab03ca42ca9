package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jumelage.accounts.Role;
import org.jumelage.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** Concurrent requests over the wire: the unique indexes, not luck, keep the ledger sound. */
class LedgerConcurrencyTest extends FirmsTestSupport {

    @Test
    void concurrent_allocations_never_spend_more_than_the_obligation_owes() throws Exception {
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        FirmDetails firm = verifiedFirmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex"), "Boréal");
        ObligationView o = obligations.declare(firm.id(), obligation(100, today().minusDays(1), today().plusDays(90)));
        ProjectView project = projectOf(person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga"));
        ProviderRef provider = ProviderRef.obligation(o.id());

        List<Object> outcomes = race(8, i -> {
            signIn(coordinator);
            return ledger.allocate(provider, project.id(), "s" + i, 30, key());
        });
        assertThat(outcomes.stream().filter(LedgerLine.class::isInstance)).hasSize(3);
        assertThat(outcomes.stream().filter(r -> !(r instanceof LedgerLine)))
                .allSatisfy(r -> assertThat(r).isIn("ledger.allocate.beyondRemaining", "common.concurrentEdit"));
        signIn(coordinator);
        assertThat(ledger.balances(provider).allocated()).isEqualTo(90);
    }

    @Test
    void the_same_request_sent_concurrently_is_written_once() throws Exception {
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        FirmDetails firm = verifiedFirmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex"), "Boréal");
        ObligationView o = obligations.declare(firm.id(), obligation(100, today().minusDays(1), today().plusDays(90)));
        ProjectView project = projectOf(person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga"));
        ProviderRef provider = ProviderRef.obligation(o.id());
        String sameKey = key();

        List<Object> outcomes = race(6, i -> {
            signIn(coordinator);
            return ledger.allocate(provider, project.id(), "s1", 20, sameKey);
        });
        assertThat(outcomes).allSatisfy(r -> assertThat(r).isInstanceOf(LedgerLine.class));
        assertThat(outcomes.stream().map(r -> ((LedgerLine) r).id()).distinct()).hasSize(1);
        signIn(coordinator);
        assertThat(ledger.balances(provider).allocated()).isEqualTo(20);
    }

    interface Attempt {
        Object run(int i);
    }

    /** Runs the attempts at once; each outcome is the returned value or the refusal's message key. */
    private static List<Object> race(int n, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return attempt.run(index);
                    } catch (FirmException e) {
                        return e.messageKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
