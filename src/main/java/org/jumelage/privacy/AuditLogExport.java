package org.jumelage.privacy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jumelage.accounts.Role;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditEntry;
import org.jumelage.shared.audit.AuditFilter;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Service;

/**
 * The audit log as CSV for administrators: the rows the filter selects, newest first, headers and
 * labels in the reader's language (semicolons in French, commas in English, UTF-8 with a byte-order
 * mark). Each export is itself written to the log.
 */
@Service
public class AuditLogExport {

    /** Jumelage serves Québec; times show in its zone. */
    public static final ZoneId ZONE = ZoneId.of("America/Toronto");
    /** More rows than this are not written: narrow the filter instead. */
    public static final int MAX_ROWS = 50_000;
    private static final int PAGE = 1_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

    private final AuditTrail audit;
    private final TranslationProvider i18n;

    AuditLogExport(AuditTrail audit, TranslationProvider i18n) {
        this.audit = audit;
        this.i18n = i18n;
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public byte[] csv(AuditFilter filter, Locale locale) {
        Locale lang = Languages.normalise(locale);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(lang.equals(Languages.FRENCH) ? ';' : ',').setRecordSeparator("\r\n").get();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        int rows = 0;
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(List.of("time", "actorId", "actor", "action", "targetKind", "targetId", "detail",
                    "clientAddress").stream().map(c -> t(lang, "audit.column." + c)).toList());
            List<AuditEntry> page;
            do {
                page = audit.search(filter, rows, Math.min(PAGE, MAX_ROWS - rows));
                for (AuditEntry e : page) {
                    csv.printRecord(TIME.format(e.at().truncatedTo(ChronoUnit.SECONDS)), e.actorId(),
                            text(actorName(e, lang)), t(lang, e.action().translationKey()),
                            t(lang, e.targetKind().translationKey()), text(e.targetId()), text(e.detail()),
                            e.clientAddress() == null ? "" : e.clientAddress());
                }
                rows += page.size();
            } while (page.size() == PAGE && rows < MAX_ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.AUDIT_LOG_EXPORTED, AuditTarget.EXPORT, "audit-log",
                rows + " rows" + (filter != null && filter.action() != null ? ", " + filter.action() : ""));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Who acted, as a reader sees it: the name at the time, or the platform, or a visitor. */
    public String actorName(AuditEntry entry, Locale locale) {
        if (entry.bySystem()) {
            return t(locale, "audit.actor.system");
        }
        if (entry.byVisitor()) {
            return t(locale, "audit.actor.anonymous");
        }
        return entry.actorName() == null ? "" : entry.actorName();
    }

    /** A cell from typed text never starts a spreadsheet formula. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private String t(Locale lang, String key) {
        return i18n.getTranslation(key, lang);
    }
}
