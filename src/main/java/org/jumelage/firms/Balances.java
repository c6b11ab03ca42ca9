package org.jumelage.firms;

/**
 * Hours of one provider (or one seat, or a firm's obligations summed), derived from the ledger.
 * <ul>
 * <li>allocated: allocations minus releases plus adjustments;</li>
 * <li>delivered: logged minus disputed; confirmed: logged lines the OSBL confirmed;</li>
 * <li>remaining: owed minus allocated minus expired (a volunteer owes what they were allocated, so 0).</li>
 * </ul>
 */
public record Balances(int owed, int allocated, int logged, int delivered, int confirmed, int disputed, int expired,
        int remaining) {

    public static final Balances ZERO = new Balances(0, 0, 0, 0, 0, 0, 0, 0);

    public Balances plus(Balances o) {
        return new Balances(owed + o.owed, allocated + o.allocated, logged + o.logged, delivered + o.delivered,
                confirmed + o.confirmed, disputed + o.disputed, expired + o.expired, remaining + o.remaining);
    }
}
