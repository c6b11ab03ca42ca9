package org.jumelage.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an issued document certified, as the public verification page shows it.
 *
 * @param figures key figures by name (translation key {@code verify.figure.<name>}), in the order shown
 * @param texts   facts in words by name (translation key {@code verify.text.<name>}), in the order shown
 * @param sha256  hexadecimal SHA-256 of the exact PDF bytes issued
 */
public record Verification(String code, DocumentKind kind, String subjectName, LocalDate periodFrom,
        LocalDate periodTo, Map<String, Integer> figures, Map<String, String> texts, String language, String sha256, Instant issuedAt) {

    public Verification {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures == null ? Map.of() : figures));
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts == null ? Map.of() : texts));
    }
}
