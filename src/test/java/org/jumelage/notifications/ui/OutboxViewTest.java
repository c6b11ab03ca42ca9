package org.jumelage.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jumelage.notifications.NotificationService;
import org.jumelage.notifications.OutboxAdministration;
import org.jumelage.notifications.OutboxFilter;
import org.jumelage.notifications.OutboxStatus;
import org.jumelage.support.IntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

/** The admin outbox view, driven server-side with Karibu against the real services. */
class OutboxViewTest extends IntegrationTestBase {

    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationService notifications;
    @Autowired
    OutboxAdministration administration;

    private OutboxView view;
    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsAdministratorAndOpenTheView() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin@example.org", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        view = new OutboxView(administration);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void grid_lists_enqueued_messages_and_filters_by_recipient_and_status() {
        String good = "karibu-" + token + "@example.org";
        notifications.enqueue(good, Locale.FRENCH, "verify-email",
                Map.of("name", "Ana", "link", "https://jumelage.example/account/verify?token=" + token, "validHours", 24L));
        String badId = notifications.enqueue("karibu " + token + "@@example", Locale.ENGLISH, "password-reset",
                Map.of("name", "Bo", "link", "https://jumelage.example/r", "validMinutes", 60L));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> administration.count(
                new OutboxFilter(token, OutboxStatus.FAILED)) == 1);

        view.recipient.setValue(token.toUpperCase(Locale.ROOT));
        view.grid.getDataProvider().refreshAll();
        assertThat(GridKt._size(view.grid)).isEqualTo(2);

        view.status.setValue(OutboxStatus.FAILED);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        List<String> row = GridKt._getFormattedRow(view.grid, 0);
        assertThat(row).contains("karibu " + token + "@@example", view.getTranslation("outbox.status.FAILED"),
                view.getTranslation("outbox.language.en"));
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(badId);

        view.status.clear();
        view.recipient.setValue("nobody-" + token);
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void selecting_a_message_shows_it_with_a_clickable_link_and_sandboxed_html() {
        String to = "preview-" + token + "@example.org";
        String link = "https://jumelage.example/account/verify?token=" + token;
        notifications.enqueue(to, Locale.FRENCH, "verify-email",
                Map.of("name", "<b>Ana</b>", "link", link, "validHours", 24L));
        view.recipient.setValue(to);

        view.grid.select(GridKt._get(view.grid, 0));

        assertThat(view.preview.isOpened()).isTrue();
        assertThat(view.previewSubject.getText()).isEqualTo("Confirmez votre adresse courriel");
        assertThat(view.previewText.getText()).contains("Bonjour <b>Ana</b>,", link);
        assertThat(view.previewLinks.getChildren().map(item -> item.getChildren().findFirst().orElseThrow())
                .map(a -> ((Anchor) a).getHref()).toList()).containsExactly(link);
        assertThat(view.previewHtml.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(view.previewHtml.getSrcdoc().orElseThrow()).contains("Bonjour &lt;b&gt;Ana&lt;/b&gt;,");
    }

    @Test
    void only_administrators_can_query_the_outbox() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "volunteer@example.org", null, List.of(new SimpleGrantedAuthority("ROLE_VOLUNTEER"))));
        assertThatThrownBy(() -> administration.count(OutboxFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void links_are_taken_from_the_text_body_without_trailing_punctuation() {
        assertThat(OutboxView.links("Go to https://a.example/x?t=1. Or http://b.example/y, then https://a.example/x?t=1"))
                .containsExactly("https://a.example/x?t=1", "http://b.example/y");
    }
}
