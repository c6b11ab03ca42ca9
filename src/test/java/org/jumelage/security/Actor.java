package org.jumelage.security;

/**
 * Who asks. The owner organisation, firm and volunteer own the fixture records; {@link #OTHER_OSBL} is
 * a member (the administrator) of another organisation.
 */
enum Actor {
    ANONYMOUS("anonymous"),
    OSBL("osbl"),
    OTHER_OSBL("other-osbl"),
    FIRM("firm"),
    VOLUNTEER("volunteer"),
    COORDINATOR("coordinator"),
    ADMIN("admin");

    final String column;

    Actor(String column) {
        this.column = column;
    }
}
