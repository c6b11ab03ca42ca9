package org.jumelage.matching.offers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.UserSummary;
import org.jumelage.matching.review.MatchStatus;
import org.jumelage.matching.review.MatchView;
import org.jumelage.notifications.NotificationService;
import org.jumelage.shared.i18n.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The offer and outcome e-mails, through the outbox, each in its recipient's language. */
@Component
class OfferMailer {

    private static final ZoneId ZONE = ZoneId.of("America/Montreal");

    private final NotificationService notifications;
    private final AccountService accounts;
    private final String baseUrl;

    OfferMailer(NotificationService notifications, AccountService accounts,
            @Value("${jumelage.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An offer to each addressee of one side, with the link carrying that side's token. */
    void sendOffer(MatchView match, List<String> recipientIds, String token) {
        for (String id : recipientIds) {
            accounts.find(id).filter(UserSummary::enabled).ifPresent(person -> {
                Map<String, Object> model = common(match, person);
                model.put("expires", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(Languages.normalise(person.language())).format(match.expiresAt().atZone(ZONE)));
                model.put("link", baseUrl + "/offers/answer?token=" + token);
                notifications.enqueue(person.email(), person.language(), "match-offer", model);
            });
        }
    }

    /** Tells both sides how the offer ended: accepted, declined (with the reason) or expired. */
    void sendOutcome(MatchView match, List<String> recipientIds, String declineReason) {
        for (String id : recipientIds) {
            accounts.find(id).filter(UserSummary::enabled).ifPresent(person -> {
                Map<String, Object> model = common(match, person);
                model.put("accepted", match.status() == MatchStatus.ACCEPTED);
                model.put("declined", match.status() == MatchStatus.DECLINED);
                model.put("expired", match.status() == MatchStatus.EXPIRED);
                model.put("reason", declineReason == null ? "" : declineReason);
                model.put("link", baseUrl + "/offers");
                notifications.enqueue(person.email(), person.language(), "match-outcome", model);
            });
        }
    }

    private static Map<String, Object> common(MatchView match, UserSummary person) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", person.displayName());
        model.put("project", match.projectTitle());
        model.put("organisation", match.organisationName());
        model.put("seat", match.seatTitle());
        model.put("provider", match.providerName());
        model.put("hours", match.hours());
        return model;
    }
}
