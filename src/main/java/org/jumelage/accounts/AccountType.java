package org.jumelage.accounts;

/** The kinds of account a person can register for themselves. */
public enum AccountType {
    OSBL_MEMBER(Role.OSBL_MEMBER),
    FIRM_MEMBER(Role.FIRM_MEMBER),
    VOLUNTEER(Role.VOLUNTEER);

    private final Role role;

    AccountType(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    public String translationKey() {
        return "accountType." + name();
    }
}
