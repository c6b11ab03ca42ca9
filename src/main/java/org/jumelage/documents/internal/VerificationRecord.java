package org.jumelage.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.documents.DocumentKind;
import org.jumelage.documents.Verification;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The immutable record of an issued document: inserted once, never updated nor deleted (hence no
 * {@code @Version}), so what a code confirms never changes. The code has a unique index.
 */
@Document("verifications")
public class VerificationRecord {

    @Id
    private String id;
    private String code;
    private DocumentKind kind;
    /** The firm id or the volunteer's user id. */
    private String subjectId;
    private String subjectName;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private Map<String, Integer> figures;
    private Map<String, String> texts;
    private String language;
    private String sha256;
    private Instant issuedAt;
    private String issuedBy;

    protected VerificationRecord() {
    }

    public VerificationRecord(String code, DocumentKind kind, String subjectId, String subjectName,
            LocalDate periodFrom, LocalDate periodTo, Map<String, Integer> figures, Map<String, String> texts, String language, String sha256,
            Instant issuedAt, String issuedBy) {
        this.code = code;
        this.kind = kind;
        this.subjectId = subjectId;
        this.subjectName = subjectName;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.figures = new LinkedHashMap<>(figures);
        this.texts = new LinkedHashMap<>(texts);
        this.language = language;
        this.sha256 = sha256;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public Verification toVerification() {
        return new Verification(code, kind, subjectName, periodFrom, periodTo, figures, texts, language, sha256, issuedAt);
    }

    public String getCode() {
        return code;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
