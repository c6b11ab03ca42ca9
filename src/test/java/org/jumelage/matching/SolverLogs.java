package org.jumelage.matching;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/** Outside a Spring context logback logs everything at DEBUG: keep the solver's step logs out of tests. */
public final class SolverLogs {

    private SolverLogs() {
    }

    public static void quiet() {
        ((Logger) LoggerFactory.getLogger("org.optaplanner")).setLevel(Level.INFO);
        ((Logger) LoggerFactory.getLogger("org.drools")).setLevel(Level.WARN);
        ((Logger) LoggerFactory.getLogger("org.kie")).setLevel(Level.WARN);
    }
}
