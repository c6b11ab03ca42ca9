package org.jumelage.accounts;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do in Jumelage. An administrator can also do everything a coordinator can. */
public enum Role {
    OSBL_MEMBER,
    FIRM_MEMBER,
    VOLUNTEER,
    COORDINATOR,
    ADMIN;

    /** Role names as used by {@code @RolesAllowed}. */
    public static final String OSBL = "OSBL_MEMBER";
    public static final String FIRM = "FIRM_MEMBER";
    public static final String VOLUNTEER_ROLE = "VOLUNTEER";
    public static final String COORDINATOR_ROLE = "COORDINATOR";
    public static final String ADMIN_ROLE = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and the roles it implies. */
    public Set<Role> withImplied() {
        return this == ADMIN ? EnumSet.of(ADMIN, COORDINATOR) : EnumSet.of(this);
    }

    public String translationKey() {
        return "role." + name();
    }
}
