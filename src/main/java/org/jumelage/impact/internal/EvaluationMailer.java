package org.jumelage.impact.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.UserSummary;
import org.jumelage.firms.FirmDirectory;
import org.jumelage.impact.EvaluationKind;
import org.jumelage.notifications.NotificationService;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.shared.i18n.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The evaluation e-mails, through the outbox, each in its recipient's language: the request, the one
 * reminder and the 90-day follow-up. Every person who may answer is mailed (each member of the
 * organisation or of the firm, or the volunteer); the link leads to the form.
 */
@Component
class EvaluationMailer {

    static final String REQUEST = "evaluation-request";
    static final String REMINDER = "evaluation-reminder";
    static final String FOLLOW_UP = "evaluation-follow-up";
    private static final ZoneId ZONE = ZoneId.of("America/Montreal");

    private final NotificationService notifications;
    private final AccountService accounts;
    private final OrganisationDirectory organisations;
    private final FirmDirectory firms;
    private final String baseUrl;

    EvaluationMailer(NotificationService notifications, AccountService accounts, OrganisationDirectory organisations,
            FirmDirectory firms, @Value("${jumelage.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.organisations = organisations;
        this.firms = firms;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The first mail of a request: the survey, or the follow-up once its day has come. */
    int sendRequest(EvaluationRequest request) {
        return send(request, request.getKind() == EvaluationKind.FOLLOW_UP ? FOLLOW_UP : REQUEST);
    }

    int sendReminder(EvaluationRequest request) {
        return send(request, REMINDER);
    }

    /** User ids of the people who may answer the request. */
    List<String> recipients(EvaluationRequest request) {
        return switch (request.getRespondent()) {
            case OSBL -> organisations.memberIds(request.getOrganisationId());
            case FIRM -> firms.memberIds(request.getRespondentId());
            case VOLUNTEER -> List.of(request.getRespondentId());
        };
    }

    private int send(EvaluationRequest request, String template) {
        int sent = 0;
        for (String id : recipients(request)) {
            UserSummary person = accounts.find(id).filter(UserSummary::enabled).orElse(null);
            if (person == null) {
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", person.displayName());
            model.put("project", request.getProjectTitle());
            model.put("organisation", request.getOrganisationName());
            model.put("respondent", request.getRespondentName());
            model.put("followUp", request.getKind() == EvaluationKind.FOLLOW_UP);
            model.put("completed", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(Languages.normalise(person.language())).format(request.getCompletedAt().atZone(ZONE)));
            model.put("link", baseUrl + "/evaluations/" + request.getId());
            notifications.enqueue(person.email(), person.language(), template, model);
            sent++;
        }
        return sent;
    }
}
