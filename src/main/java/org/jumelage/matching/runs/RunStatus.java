package org.jumelage.matching.runs;

/** Where a matching run stands. Labels: {@code matchingRun.status.<NAME>}. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    STOPPING,
    COMPLETED,
    STOPPED,
    FAILED,
    /** Left running or queued by a node that stopped (a crash): it may be started again. */
    INTERRUPTED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING || this == STOPPING;
    }

    public boolean isRestartable() {
        return this == INTERRUPTED || this == FAILED;
    }

    public String translationKey() {
        return "matchingRun.status." + name();
    }
}
