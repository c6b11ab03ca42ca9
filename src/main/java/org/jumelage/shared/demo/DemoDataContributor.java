package org.jumelage.shared.demo;

/**
 * A feature's demo content. Contributors run in {@link #demoOrder()} order, lowest first, once the
 * application has decided that demo data is wanted (see {@link DemoDataRunner}). Each must be
 * idempotent: it may run against a database that already holds its records.
 */
public interface DemoDataContributor {

    int demoOrder();

    void createDemoData();
}
