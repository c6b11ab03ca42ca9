package org.jumelage.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an issued document certified, as the public verification page shows it.
 *
 * @param figures key figures by name (translation key {@code verify.figure.<name>}), in the order shown
 * @param sha256  hexadecimal SHA-256 of the exact PDF bytes issued
 */
public record Verification(String code, DocumentKind kind, String subjectName, LocalDate periodFrom,
        LocalDate periodTo, Map<String, Integer> figures, String language, String sha256, Instant issuedAt) {

    public Verification {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures == null ? Map.of() : figures));
    }
}
