package org.jumelage.organisations;

/** How many paid employees an organisation has. Labels: {@code employeeBand.<NAME>}. */
public enum EmployeeBand {
    NONE,
    FROM_1_TO_4,
    FROM_5_TO_19,
    FROM_20_TO_49,
    FIFTY_OR_MORE;

    public String translationKey() {
        return "employeeBand." + name();
    }
}
