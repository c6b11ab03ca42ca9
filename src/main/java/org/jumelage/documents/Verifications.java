package org.jumelage.documents;

import java.util.Optional;

import org.jumelage.documents.internal.VerificationRecord;
import org.jumelage.documents.internal.VerificationRecordRepository;
import org.springframework.stereotype.Service;

/**
 * Confirms issued documents for anyone, signed in or not (a ministry checking a firm's report): a
 * code names one immutable record. Codes are long and random, so a record is found only by someone
 * who holds the document.
 */
@Service
public class Verifications {

    /** Dates on documents are Québec dates. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("America/Montreal");

    private final VerificationRecordRepository records;

    public Verifications(VerificationRecordRepository records) {
        this.records = records;
    }

    /**
     * What the document with this code certified, or empty when no document has it.
     *
     * @throws DocumentException {@code verify.code.malformed} when the text cannot be a code
     */
    public Optional<Verification> find(String typedCode) {
        String code = VerificationCodeFormat.normalise(typedCode)
                .orElseThrow(() -> new DocumentException("code", "verify.code.malformed"));
        return records.findByCode(code).map(VerificationRecord::toVerification);
    }

    /** The canonical form of a typed code, if it can be one. */
    public static Optional<String> normalise(String typedCode) {
        return VerificationCodeFormat.normalise(typedCode);
    }

    /** Whether these bytes are exactly the PDF issued with the verification. */
    public boolean matches(Verification verification, byte[] pdf) {
        return pdf != null && verification.sha256().equals(DocumentIssuer.sha256(pdf));
    }
}
