package org.jumelage.matching.generator;

/** Benchmark sizes: open seats and providers (a quarter of them firm obligations). */
public enum InstanceSize {
    S(50, 150),
    M(500, 1_500),
    L(3_000, 8_000);

    private final int seats;
    private final int providers;

    InstanceSize(int seats, int providers) {
        this.seats = seats;
        this.providers = providers;
    }

    public int seats() {
        return seats;
    }

    public int providers() {
        return providers;
    }
}
