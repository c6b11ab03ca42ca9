package org.jumelage.documents;

/** What a verified document certifies. */
public enum DocumentKind {
    /** A firm's compliance report on its pro bono obligations over a period. */
    FIRM_COMPLIANCE,
    /** A volunteer's participation attestation: hours confirmed by the organisations. */
    VOLUNTEER_ATTESTATION,
    /** A learner's certificate of completion of a course. */
    COURSE_CERTIFICATE;

    public String translationKey() {
        return "verify.kind." + name();
    }
}
