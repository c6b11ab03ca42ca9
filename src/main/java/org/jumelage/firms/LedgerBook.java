package org.jumelage.firms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger lines of one provider and the rules a new line must pass, with no persistence: the
 * {@link HoursLedger} service loads the lines, asks this book, then appends. Keeping the rules pure
 * lets properties check that any sequence of accepted lines keeps every balance sound.
 * <p>
 * Each check returns the translation key of the refusal, or empty when the line is acceptable.
 */
public final class LedgerBook {

    public static final int MAX_HOURS = 10_000;

    private final Integer owed;
    private final List<LedgerMovement> lines;

    /** @param owed the obligation's hours, or null for a volunteer */
    public LedgerBook(Integer owed, List<LedgerMovement> lines) {
        this.owed = owed;
        this.lines = new ArrayList<>(lines);
    }

    public List<LedgerMovement> lines() {
        return List.copyOf(lines);
    }

    public Balances balances() {
        return LedgerBalances.replay(owed, lines);
    }

    /** The balances of one seat; its "owed" and "remaining" mean nothing and are those of the volunteer rule. */
    public Balances seat(String projectId, String seatId) {
        return LedgerBalances.replay(null, lines.stream().filter(l -> l.onSeat(projectId, seatId)).toList());
    }

    public boolean isReleased(String projectId, String seatId) {
        return lines.stream().anyMatch(l -> l.type() == EntryType.RELEASED && l.onSeat(projectId, seatId));
    }

    public Optional<LedgerMovement> byKey(String idempotencyKey) {
        return lines.stream().filter(l -> l.idempotencyKey().equals(idempotencyKey)).findFirst();
    }

    public Optional<LedgerMovement> byId(String id) {
        return lines.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Seats (project id, seat id) that hold an allocation not yet released. */
    public List<SeatRef> openSeats(String projectId) {
        return lines.stream().filter(l -> l.type() == EntryType.ALLOCATED && l.projectId().equals(projectId))
                .map(l -> new SeatRef(l.projectId(), l.seatId())).distinct()
                .filter(s -> !isReleased(s.projectId(), s.seatId())).toList();
    }

    public Optional<String> checkAllocate(String projectId, String seatId, int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            return Optional.of("ledger.hours.range");
        }
        if (isReleased(projectId, seatId)) {
            return Optional.of("ledger.seat.released");
        }
        if (owed != null && hours > balances().remaining()) {
            return Optional.of("ledger.allocate.beyondRemaining");
        }
        return Optional.empty();
    }

    public Optional<String> checkLog(String projectId, String seatId, int hours, double tolerance) {
        if (hours < 1 || hours > MAX_HOURS) {
            return Optional.of("ledger.hours.range");
        }
        if (isReleased(projectId, seatId)) {
            return Optional.of("ledger.log.released");
        }
        Balances seat = seat(projectId, seatId);
        if (seat.allocated() <= 0) {
            return Optional.of("ledger.log.notAllocated");
        }
        long ceiling = (long) Math.floor(seat.allocated() * (1 + tolerance) + 1e-9);
        if (seat.delivered() + (long) hours > ceiling) {
            return Optional.of("ledger.log.beyondTolerance");
        }
        return Optional.empty();
    }

    /** A confirmation or dispute answers one logged line, once. */
    public Optional<String> checkAnswer(String loggedId) {
        Optional<LedgerMovement> logged = byId(loggedId).filter(l -> l.type() == EntryType.LOGGED);
        if (logged.isEmpty()) {
            return Optional.of("ledger.answer.notFound");
        }
        boolean answered = lines.stream().anyMatch(l -> loggedId.equals(l.answers()));
        return answered ? Optional.of("ledger.answer.already") : Optional.empty();
    }

    /** Hours a release gives back: what the seat holds beyond what was delivered. */
    public int releasable(String projectId, String seatId) {
        Balances seat = seat(projectId, seatId);
        return Math.max(0, seat.allocated() - seat.delivered());
    }

    public Optional<String> checkAdjust(String projectId, String seatId, int delta) {
        if (delta == 0 || Math.abs(delta) > MAX_HOURS) {
            return Optional.of("ledger.adjust.hours");
        }
        if (seat(projectId, seatId).allocated() + delta < 0) {
            return Optional.of("ledger.adjust.belowZero");
        }
        if (owed != null && delta > balances().remaining()) {
            return Optional.of("ledger.allocate.beyondRemaining");
        }
        return Optional.empty();
    }

    /**
     * Adds a line, or returns the line already holding its idempotency key (a retried request).
     * The caller has checked the rules.
     */
    public LedgerMovement append(LedgerMovement line) {
        Optional<LedgerMovement> earlier = byKey(line.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        lines.add(line);
        return line;
    }
}
