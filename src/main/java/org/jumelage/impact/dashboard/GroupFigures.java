package org.jumelage.impact.dashboard;

/**
 * Hours of one group (a region, a sector or a firm) in the period. {@code key} is the enum name of
 * a region or sector, or a firm's name; {@link #VOLUNTEERS} and {@link #UNKNOWN} are special keys.
 */
public record GroupFigures(String key, long owed, long allocated, long delivered, long confirmed) {

    /** The row of hours given by volunteers, in the by-firm table. */
    public static final String VOLUNTEERS = "VOLUNTEERS";
    /** Hours of a project whose organisation has no region or sector recorded. */
    public static final String UNKNOWN = "UNKNOWN";
}
