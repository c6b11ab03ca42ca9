package org.jumelage.projects;

import java.util.Map;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.notifications.NotificationService;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.shared.i18n.TranslationProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** E-mails about projects, each in its recipient's own language, through the outbox. */
@Component
class ProjectNotifier {

    private final NotificationService notifications;
    private final AccountService accounts;
    private final OrganisationDirectory organisations;
    private final TranslationProvider translations;
    private final String baseUrl;

    ProjectNotifier(NotificationService notifications, AccountService accounts, OrganisationDirectory organisations,
            TranslationProvider translations, Environment environment) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.organisations = organisations;
        this.translations = translations;
        String base = environment.getProperty("jumelage.base-url", "http://localhost:8080");
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Tells every coordinator that a project waits for review. */
    void submitted(ProjectView project) {
        for (UserSummary coordinator : accounts.withRole(Role.COORDINATOR)) {
            notifications.enqueue(coordinator.email(), coordinator.language(), "project-submitted", Map.of(
                    "name", coordinator.displayName(),
                    "title", project.title(),
                    "organisation", project.organisationName(),
                    "link", baseUrl + "/project/" + project.id()));
        }
    }

    /** Tells the organisation's members what a coordinator decided, with the comment. */
    void decided(ProjectView project, String decision) {
        for (String memberId : organisations.memberIds(project.organisationId())) {
            accounts.find(memberId).filter(UserSummary::enabled).ifPresent(member -> notifications.enqueue(
                    member.email(), member.language(), "project-decision", Map.of(
                            "name", member.displayName(),
                            "title", project.title(),
                            "decision", translations.getTranslation("mail.project-decision." + decision,
                                    member.language()),
                            "comment", project.lastReviewComment() == null ? "" : project.lastReviewComment(),
                            "link", baseUrl + "/project/" + project.id())));
        }
    }
}
