package org.jumelage.firms.internal;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

    /** To the firm's members and every coordinator, once each even if someone is both. */
    public void sendExpiryWarning(Obligation obligation, Firm firm, long daysLeft, int unallocatedHours) {
        Set<UserSummary> recipients = new LinkedHashSet<>();
        if (firm != null) {
            firm.memberIds().stream().map(accounts::find).flatMap(java.util.Optional::stream).forEach(recipients::add);
        }
        recipients.addAll(accounts.withRole(Role.COORDINATOR));
        Set<String> addresses = new LinkedHashSet<>();
        for (UserSummary person : recipients) {
            if (!person.enabled() || !addresses.add(person.email().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", person.displayName());
            model.put("firm", firm == null ? "" : firm.getName());
            model.put("reference", obligation.getSourceReference());
            model.put("expiry", obligation.getExpiryDate()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(person.language())));
            model.put("days", daysLeft);
            model.put("hours", unallocatedHours);
            model.put("link", baseUrl + "/firm");
            notifications.enqueue(person.email(), person.language(), "obligation-expiring", model);
        }
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
