package org.jumelage.impact.dashboard;

/**
 * Hours of one group (a region, a sector or a firm) in the period. {@code key} is the enum name of
 * a region or sector, or a firm's id (two firms may share a name); {@link #VOLUNTEERS} and
 * {@link #UNKNOWN} are special keys. {@code name} is the firm's name to show, null for other groups.
 */
public record GroupFigures(String key, String name, long owed, long allocated, long delivered, long confirmed) {

    /** A group named by its key alone (a region or a sector). */
    public GroupFigures(String key, long owed, long allocated, long delivered, long confirmed) {
        this(key, null, owed, allocated, delivered, confirmed);
    }

    /** The row of hours given by volunteers, in the by-firm table. */
    public static final String VOLUNTEERS = "VOLUNTEERS";
    /** Hours of a project whose organisation has no region or sector recorded. */
    public static final String UNKNOWN = "UNKNOWN";
}
