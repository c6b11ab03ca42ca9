package org.jumelage.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.documents.internal.VerificationRecord;
import org.jumelage.documents.internal.VerificationRecordRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Issues a PDF: draws a fresh code, renders the document with it, hashes the exact bytes and stores
 * the immutable record before the bytes leave. A code drawn twice (the unique index says so) is
 * drawn again.
 */
@Component
public class DocumentIssuer {

    private static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(DocumentIssuer.class);

    private final VerificationRecordRepository records;
    private final CurrentUser currentUser;
    private final Clock clock;

    DocumentIssuer(VerificationRecordRepository records, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * @param render the PDF bytes for a verification code
     */
    public IssuedDocument issue(DocumentKind kind, String subjectId, String subjectName, LocalDate from,
            LocalDate to, Map<String, Integer> figures, Locale language, String fileStem,
            Function<String, byte[]> render) {
        return issue(kind, subjectId, subjectName, from, to, figures, Map.of(), language, fileStem, render);
    }

    /**
     * @param texts facts in words by name (translation key {@code verify.text.<name>}), e.g. a course title
     * @param render the PDF bytes for a verification code
     */
    public IssuedDocument issue(DocumentKind kind, String subjectId, String subjectName, LocalDate from,
            LocalDate to, Map<String, Integer> figures, Map<String, String> texts, Locale language, String fileStem,
            Function<String, byte[]> render) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            String code = VerificationCodeFormat.newCode();
            if (records.findByCode(code).isPresent()) {
                continue;
            }
            byte[] pdf = render.apply(code);
            String sha = sha256(pdf);
            try {
                records.insert(new VerificationRecord(code, kind, subjectId, subjectName, from, to, figures, texts,
                        language.getLanguage(), sha, clock.instant(), currentUser.id().orElse("system")));
            } catch (DuplicateKeyException e) {
                continue;
            }
            log.info("Issued {} {} for {} by {}", kind, code, subjectId, currentUser.id().orElse("system"));
            return new IssuedDocument(code, fileStem + "-" + code + ".pdf", pdf, sha);
        }
        throw new IllegalStateException("No free verification code after " + MAX_ATTEMPTS + " attempts");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
