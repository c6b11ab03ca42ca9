package org.jumelage.reports;

import java.util.Optional;

import org.jumelage.reports.internal.DocumentIssuer;
import org.jumelage.reports.internal.VerificationCodeFormat;
import org.jumelage.reports.internal.VerificationRecord;
import org.jumelage.reports.internal.VerificationRecordRepository;
import org.springframework.stereotype.Service;

/**
 * Confirms issued documents for anyone, signed in or not (a ministry checking a firm's report): a
 * code names one immutable record. Codes are long and random, so a record is found only by someone
 * who holds the document.
 */
@Service
public class Verifications {

    private final VerificationRecordRepository records;

    public Verifications(VerificationRecordRepository records) {
        this.records = records;
    }

    /**
     * What the document with this code certified, or empty when no document has it.
     *
     * @throws ReportException {@code verify.code.malformed} when the text cannot be a code
     */
    public Optional<Verification> find(String typedCode) {
        String code = VerificationCodeFormat.normalise(typedCode)
                .orElseThrow(() -> new ReportException("code", "verify.code.malformed"));
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
