package org.jumelage.shared.domain;

import java.util.Arrays;
import java.util.Optional;

/** Québec's 17 administrative regions, with their official two-digit codes. Labels: {@code region.<code>}. */
public enum Region {
    BAS_SAINT_LAURENT("01"),
    SAGUENAY_LAC_SAINT_JEAN("02"),
    CAPITALE_NATIONALE("03"),
    MAURICIE("04"),
    ESTRIE("05"),
    MONTREAL("06"),
    OUTAOUAIS("07"),
    ABITIBI_TEMISCAMINGUE("08"),
    COTE_NORD("09"),
    NORD_DU_QUEBEC("10"),
    GASPESIE_ILES_DE_LA_MADELEINE("11"),
    CHAUDIERE_APPALACHES("12"),
    LAVAL("13"),
    LANAUDIERE("14"),
    LAURENTIDES("15"),
    MONTEREGIE("16"),
    CENTRE_DU_QUEBEC("17");

    private final String code;

    Region(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String translationKey() {
        return "region." + code;
    }

    /** Montréal and Capitale-Nationale: the two large urban centres; every other region is "regional". */
    public boolean isMajorUrbanCentre() {
        return this == MONTREAL || this == CAPITALE_NATIONALE;
    }

    public static Optional<Region> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
