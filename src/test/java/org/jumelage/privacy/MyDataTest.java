package org.jumelage.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jumelage.accounts.Role;
import org.jumelage.accounts.SystemActor;
import org.jumelage.notifications.NotificationService;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.jumelage.training.Learning;
import org.jumelage.training.StarterCourses;
import org.jumelage.training.TrainingRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** "My data" gathers what every feature holds about the asker, without secrets or anyone else's data. */
class MyDataTest extends IntegrationTestBase {

    @Autowired
    MyData myData;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    NotificationService notifications;
    @Autowired
    Learning learning;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    StarterCourses starter;
    @Autowired
    SystemActor system;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String email) {
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void the_export_holds_the_askers_account_consents_courses_and_mails_and_nothing_secret_or_foreign()
            throws Exception {
        String me = accounts.create(Role.VOLUNTEER, Languages.FRENCH, "Rosalie Bélanger");
        String other = accounts.create(Role.VOLUNTEER, Languages.FRENCH, "Autre Personne");
        notifications.enqueue(me, Languages.FRENCH, "password-reset",
                Map.of("name", "Rosalie Bélanger", "link", "http://localhost/x", "validMinutes", 60));
        notifications.enqueue(other, Languages.FRENCH, "password-reset",
                Map.of("name", "Autre Personne", "link", "http://localhost/y", "validMinutes", 60));
        system.call(starter::installAll);
        signIn(me);
        learning.enrol(TrainingRecords.PRIVACY_COURSE);

        String text = new String(myData.exportJson(), StandardCharsets.UTF_8);
        JsonNode file = mapper.readTree(text);

        assertThat(file.at("/person/email").asText()).isEqualTo(me);
        JsonNode data = file.get("data");
        assertThat(data.at("/account/0/displayName").asText()).isEqualTo("Rosalie Bélanger");
        assertThat(data.has("consents") || data.at("/account/0/consentVersion").asInt() > 0).isTrue();
        assertThat(data.at("/enrolments/0/courseCode").asText()).isEqualTo(TrainingRecords.PRIVACY_COURSE);
        assertThat(data.get("emails")).isNotNull();
        assertThat(text).doesNotContainIgnoringCase("passwordHash").doesNotContain(other).doesNotContain("Autre Personne");
        assertThat(file.get("privacyPolicyVersion").asInt()).isPositive();
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> myData.exportJson()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
