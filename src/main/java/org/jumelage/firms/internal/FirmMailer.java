package org.jumelage.firms.internal;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.firms.FirmStatus;
import org.jumelage.notifications.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The firm e-mails, through the outbox, each in its recipient's language. */
@Component
public class FirmMailer {

    private final NotificationService notifications;
    private final AccountService accounts;
    private final String baseUrl;

    FirmMailer(NotificationService notifications, AccountService accounts,
            @Value("${jumelage.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** To the firm's members, each in their own language, once per threshold an obligation reaches. */
    public void sendExpiryWarning(Obligation obligation, Firm firm, long daysLeft, int unallocatedHours) {
        if (firm == null) {
            return;
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (UserSummary person : firm.memberIds().stream().map(accounts::find).flatMap(Optional::stream).toList()) {
            if (!person.enabled() || !addresses.add(person.email().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", person.displayName());
            model.put("firm", firm.getName());
            model.put("reference", obligation.getSourceReference());
            model.put("expiry", longDate(obligation.getExpiryDate(), person.language()));
            model.put("days", daysLeft);
            model.put("hours", unallocatedHours);
            model.put("link", baseUrl + "/firm");
            notifications.enqueue(person.email(), person.language(), "obligation-expiring", model);
        }
    }

    /** One obligation that reached a warning threshold today, for the coordinators' digest. */
    public record ExpiryWarning(Obligation obligation, Firm firm, long daysLeft, int unallocatedHours) {
    }

    /**
     * To every coordinator, one mail per run listing every obligation that reached a threshold, rather
     * than one mail per obligation: a coordinator follows all firms.
     */
    public void sendExpiryDigest(List<ExpiryWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (UserSummary person : accounts.withRole(Role.COORDINATOR)) {
            if (!person.enabled() || !addresses.add(person.email().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ExpiryWarning w : warnings) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("firm", w.firm() == null ? "" : w.firm().getName());
                row.put("reference", w.obligation().getSourceReference());
                row.put("expiry", longDate(w.obligation().getExpiryDate(), person.language()));
                row.put("days", w.daysLeft());
                row.put("hours", w.unallocatedHours());
                rows.add(row);
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", person.displayName());
            model.put("count", warnings.size());
            model.put("obligations", rows);
            model.put("link", baseUrl + "/coordination/obligations");
            notifications.enqueue(person.email(), person.language(), "obligations-expiring-digest", model);
        }
    }

    private static String longDate(LocalDate date, Locale language) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language));
    }

    /**
     * Written in the invitee's language if they already have an account, else in the inviter's: the
     * inviter knows their colleague better than a default would.
     */
    public void sendInvitation(String email, UserSummary inviter, String firmName, String token, Duration validity) {
        var invitee = accounts.findByEmail(email);
        Locale language = invitee.map(UserSummary::language).orElse(inviter.language());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", invitee.map(UserSummary::displayName).orElse(""));
        model.put("inviter", inviter.displayName());
        model.put("firm", firmName);
        model.put("link", baseUrl + "/firm-invitations/accept?token=" + token);
        model.put("validDays", validity.toDays());
        notifications.enqueue(email, language, "firm-invitation", model);
    }

    /** Tells every member, each in their own language, what the coordinators decided (with the reason of a rejection). */
    public void sendDecision(Firm firm) {
        for (String memberId : firm.memberIds()) {
            accounts.find(memberId).filter(UserSummary::enabled).ifPresent(member -> {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("name", member.displayName());
                model.put("firm", firm.getName());
                model.put("verified", firm.getStatus() == FirmStatus.VERIFIED);
                model.put("reason", Objects.toString(firm.getRejectionReason(), ""));
                model.put("link", baseUrl + "/firm");
                notifications.enqueue(member.email(), member.language(), "firm-decision", model);
            });
        }
    }
}
