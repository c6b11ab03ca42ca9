package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the ledger arithmetic over generated sequences of operations: only the lines the
 * rules accept are appended, as {@link HoursLedger} does, and some requests are retried.
 */
class LedgerProperties {

    enum Op { ALLOCATE, LOG, CONFIRM, DISPUTE, RELEASE, EXPIRE, ADJUST, RETRY }

    /** One generated request: which operation, on which seat, how many hours, which earlier line. */
    record Step(Op op, int seat, int hours, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Op.values()), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(-300, 600), Arbitraries.integers().between(0, 1000)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    /** Running totals kept independently of {@link LedgerBalances}, from the accepted lines only. */
    static final class Model {
        int allocated;
        int logged;
        int confirmed;
        int disputed;
        int expired;
    }

    @Property(tries = 400)
    void balances_stay_sound_and_equal_a_replay(@ForAll("steps") List<Step> steps,
            @ForAll @IntRange(min = 1, max = 10_000) int owed, @ForAll boolean volunteer) {
        Integer owes = volunteer ? null : owed;
        LedgerBook book = new LedgerBook(owes, List.of());
        Model model = new Model();
        List<LedgerMovement> accepted = new ArrayList<>();
        int ids = 0;
        for (Step s : steps) {
            String seat = "s" + s.seat();
            int hours = Math.abs(s.hours());
            String id = "e" + (++ids);
            String key = "k" + ids;
            LedgerMovement line = null;
            switch (s.op()) {
                case ALLOCATE -> {
                    if (book.checkAllocate("p", seat, hours).isEmpty()) {
                        line = new LedgerMovement(id, EntryType.ALLOCATED, "p", seat, hours, null, key);
                        model.allocated += hours;
                    }
                }
                case LOG -> {
                    if (book.checkLog("p", seat, hours, 0.10).isEmpty()) {
                        line = new LedgerMovement(id, EntryType.LOGGED, "p", seat, hours, null, key);
                        model.logged += hours;
                    }
                }
                case CONFIRM, DISPUTE -> {
                    List<LedgerMovement> logged = book.lines().stream().filter(l -> l.type() == EntryType.LOGGED).toList();
                    if (!logged.isEmpty()) {
                        LedgerMovement target = logged.get(s.pick() % logged.size());
                        if (book.checkAnswer(target.id()).isEmpty()) {
                            boolean confirm = s.op() == Op.CONFIRM;
                            line = new LedgerMovement(id, confirm ? EntryType.CONFIRMED : EntryType.DISPUTED, "p", seat,
                                    target.hours(), target.id(), key);
                            if (confirm) {
                                model.confirmed += target.hours();
                            } else {
                                model.disputed += target.hours();
                            }
                        }
                    }
                }
                case RELEASE -> {
                    if (book.seat("p", seat).allocated() > 0 && !book.isReleased("p", seat)) {
                        int back = book.releasable("p", seat);
                        line = new LedgerMovement(id, EntryType.RELEASED, "p", seat, back, null, key);
                        model.allocated -= back;
                    }
                }
                case EXPIRE -> {
                    int rest = book.balances().remaining();
                    if (owes != null && rest > 0) {
                        line = new LedgerMovement(id, EntryType.EXPIRED, null, null, rest, null, key);
                        model.expired += rest;
                    }
                }
                case ADJUST -> {
                    if (book.checkAdjust("p", seat, s.hours()).isEmpty()) {
                        line = new LedgerMovement(id, EntryType.ADJUSTED, "p", seat, s.hours(), null, key);
                        model.allocated += s.hours();
                    }
                }
                case RETRY -> {
                    List<LedgerMovement> lines = book.lines();
                    if (!lines.isEmpty()) {
                        LedgerMovement earlier = lines.get(s.pick() % lines.size());
                        // Same key, as a retried request carries: the book must hand back the first line.
                        LedgerMovement again = new LedgerMovement(id, earlier.type(), earlier.projectId(),
                                earlier.seatId(), earlier.hours(), earlier.answers(), earlier.idempotencyKey());
                        assertThat(book.append(again)).isEqualTo(earlier);
                    }
                }
            }
            if (line != null) {
                assertThat(book.append(line)).isEqualTo(line);
                accepted.add(line);
            }
            Balances b = book.balances();
            assertThat(b.allocated()).isNotNegative();
            assertThat(b.delivered()).isNotNegative();
            assertThat(b.confirmed()).isNotNegative();
            assertThat(b.expired()).isNotNegative();
            assertThat(b.remaining()).isNotNegative();
            assertThat(b.confirmed()).isLessThanOrEqualTo(b.delivered());
            assertThat(b.allocated() + b.expired()).isLessThanOrEqualTo(b.owed());
            assertThat(book.lines()).containsExactlyElementsOf(accepted);
            assertThat(b).isEqualTo(LedgerBalances.replay(owes, accepted));
            assertThat(b.allocated()).isEqualTo(model.allocated);
            assertThat(b.logged()).isEqualTo(model.logged);
            assertThat(b.delivered()).isEqualTo(model.logged - model.disputed);
            assertThat(b.confirmed()).isEqualTo(model.confirmed);
            assertThat(b.expired()).isEqualTo(model.expired);
            if (owes != null) {
                assertThat(b.remaining()).isEqualTo(owed - model.allocated - model.expired);
            }
        }
    }

    @Property
    void every_seat_stays_within_its_tolerance(@ForAll("steps") List<Step> steps) {
        LedgerBook book = new LedgerBook(5_000, List.of());
        int ids = 0;
        for (Step s : steps) {
            String seat = "s" + s.seat();
            int hours = Math.abs(s.hours());
            String id = "e" + (++ids);
            if (s.op() == Op.LOG && book.checkLog("p", seat, hours, 0.10).isEmpty()) {
                book.append(new LedgerMovement(id, EntryType.LOGGED, "p", seat, hours, null, id));
            } else if (book.checkAllocate("p", seat, hours).isEmpty()) {
                book.append(new LedgerMovement(id, EntryType.ALLOCATED, "p", seat, hours, null, id));
            }
            for (int i = 1; i <= 3; i++) {
                Balances seatBalances = book.seat("p", "s" + i);
                assertThat(seatBalances.delivered()).isLessThanOrEqualTo((int) Math.floor(seatBalances.allocated() * 1.1 + 1e-9));
            }
        }
    }
}
