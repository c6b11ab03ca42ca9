package org.jumelage.firms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Balances by replaying ledger lines in order; never stored, so they cannot drift from the lines. */
public final class LedgerBalances {

    private LedgerBalances() {
    }

    /**
     * @param owed hours an obligation owes, or null for a volunteer (who owes what they are given)
     */
    public static Balances replay(Integer owed, List<LedgerMovement> movements) {
        int allocated = 0;
        int expired = 0;
        Map<String, Integer> logged = new HashMap<>();
        Map<String, EntryType> answers = new HashMap<>();
        for (LedgerMovement m : movements) {
            switch (m.type()) {
                case ALLOCATED, ADJUSTED -> allocated += m.hours();
                case RELEASED -> allocated -= m.hours();
                case EXPIRED -> expired += m.hours();
                case LOGGED -> logged.put(m.id(), m.hours());
                case CONFIRMED, DISPUTED -> answers.put(m.answers(), m.type());
            }
        }
        int loggedTotal = 0;
        int confirmed = 0;
        int disputed = 0;
        for (var line : logged.entrySet()) {
            loggedTotal += line.getValue();
            EntryType answer = answers.get(line.getKey());
            if (answer == EntryType.CONFIRMED) {
                confirmed += line.getValue();
            } else if (answer == EntryType.DISPUTED) {
                disputed += line.getValue();
            }
        }
        int owes = owed == null ? allocated : owed;
        return new Balances(owes, allocated, loggedTotal, loggedTotal - disputed, confirmed, disputed, expired,
                owes - allocated - expired);
    }

    /**
     * The same balances from running totals of the lines' hours by kind (as the hours summary keeps
     * them), without the lines. Equal to {@link #replay} because the ledger's rules let a logged line
     * be answered once and an answer carries the logged line's hours.
     *
     * @param owed hours an obligation owes, or null for a volunteer
     */
    public static Balances fromTotals(Integer owed, Map<EntryType, Long> totals) {
        int allocated = total(totals, EntryType.ALLOCATED) + total(totals, EntryType.ADJUSTED)
                - total(totals, EntryType.RELEASED);
        int expired = total(totals, EntryType.EXPIRED);
        int logged = total(totals, EntryType.LOGGED);
        int confirmed = total(totals, EntryType.CONFIRMED);
        int disputed = total(totals, EntryType.DISPUTED);
        int owes = owed == null ? allocated : owed;
        return new Balances(owes, allocated, logged, logged - disputed, confirmed, disputed, expired,
                owes - allocated - expired);
    }

    private static int total(Map<EntryType, Long> totals, EntryType type) {
        return Math.toIntExact(totals.getOrDefault(type, 0L));
    }
}
