package org.jumelage.organisations;

/** An organisation's annual budget, in Canadian dollars. Labels: {@code budgetBand.<NAME>}. */
public enum BudgetBand {
    UNDER_100K,
    FROM_100K_TO_500K,
    FROM_500K_TO_1M,
    FROM_1M_TO_5M,
    OVER_5M;

    public String translationKey() {
        return "budgetBand." + name();
    }
}
