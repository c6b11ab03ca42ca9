package org.jumelage.organisations.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.UserSummary;
import org.jumelage.notifications.NotificationService;
import org.jumelage.organisations.VerificationStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The organisation e-mails, through the outbox, each in its recipient's language. */
@Component
public class OrganisationMailer {

    private final NotificationService notifications;
    private final AccountService accounts;
    private final String baseUrl;

    OrganisationMailer(NotificationService notifications, AccountService accounts,
            @Value("${jumelage.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Written in the invitee's language if they already have an account, else in the inviter's: the
     * inviter knows their colleague better than a default would.
     */
    public void sendInvitation(String email, UserSummary inviter, String organisationName, String token,
            Duration validity) {
        var invitee = accounts.findByEmail(email);
        Locale language = invitee.map(UserSummary::language).orElse(inviter.language());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", invitee.map(UserSummary::displayName).orElse(""));
        model.put("inviter", inviter.displayName());
        model.put("organisation", organisationName);
        model.put("link", baseUrl + "/invitations/accept?token=" + token);
        model.put("validDays", validity.toDays());
        notifications.enqueue(email, language, "organisation-invitation", model);
    }

    /** Tells every member, each in their own language, what the coordinators decided. */
    public void sendDecision(Organisation organisation) {
        for (String memberId : organisation.memberIds()) {
            accounts.find(memberId).filter(UserSummary::enabled).ifPresent(member -> {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("name", member.displayName());
                model.put("organisation", organisation.getLegalName());
                model.put("verified", organisation.getStatus() == VerificationStatus.VERIFIED);
                model.put("reason", Objects.toString(organisation.getRejectionReason(), ""));
                model.put("link", baseUrl + "/organisation");
                notifications.enqueue(member.email(), member.language(), "organisation-decision", model);
            });
        }
    }
}
