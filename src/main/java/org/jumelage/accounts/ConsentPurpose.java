package org.jumelage.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The purposes a person consents to, each named separately as Québec's Law 25 asks. The required
 * ones are what the service cannot work without; the others can be refused and withdrawn at any time.
 */
public enum ConsentPurpose {
    /** Keep the account, send the messages the service needs (verification, offers, hours). */
    SERVICE(true),
    /** Let coordinators and the solver use the profile to propose matches; share contacts once a match is accepted. */
    MATCHING(true),
    /** Use evaluation answers, anonymised, in studies on the digital shift of non-profits. */
    RESEARCH(false),
    /** Send news about Jumelage, at most once a month. */
    NEWS(false);

    private final boolean required;

    ConsentPurpose(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    public String translationKey() {
        return "consent.purpose." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Set<ConsentPurpose> requiredOnes() {
        EnumSet<ConsentPurpose> set = EnumSet.noneOf(ConsentPurpose.class);
        Arrays.stream(values()).filter(ConsentPurpose::required).forEach(set::add);
        return set;
    }
}
