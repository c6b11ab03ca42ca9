package org.jumelage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jumelage.accounts.AccountAdministration;
import org.jumelage.accounts.AccountService;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Every route is checked over HTTP: a visitor is sent to the login page from each protected view,
 * and reaches each public one. Services refuse the wrong role even when the UI is bypassed.
 */
class RouteAccessTest extends IntegrationTestBase {

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accounts;

    static List<Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.jumelage").stream().<Class<?>>map(bean -> {
            try {
                return (Class<?>) Class.forName(bean.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void a_visitor_is_sent_to_login_from_every_protected_view_and_reaches_public_ones() {
        List<Class<?>> routes = routes();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(7);
        WebClient web = new WebClient(port);
        for (Class<?> view : routes) {
            String path = "/" + view.getAnnotation(Route.class).value();
            HttpResponse<String> response = web.get(path);
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(path).isEqualTo(302);
                assertThat(WebClient.location(response)).as(path).isEqualTo("/login");
            }
        }
    }

    @Test
    void only_health_is_public_among_operations_endpoints() {
        WebClient web = new WebClient(port);
        HttpResponse<String> health = web.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"mongo\"").contains("\"mail\"").contains("\"status\":\"UP\"");
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator")) {
            assertThat(web.get(path).statusCode()).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void services_refuse_a_visitor() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> administration.search("", 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.me())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = {"VOLUNTEER"})
    void account_administration_refuses_a_volunteer() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> administration.search("", 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> administration.setEnabled("someone", false, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"COORDINATOR"})
    void account_administration_refuses_a_coordinator() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> administration.count(""))
                .isInstanceOf(AccessDeniedException.class);
    }
}
