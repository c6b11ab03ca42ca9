package org.jumelage.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditEntry;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.AuditEntries;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.Mailbox;
import org.jumelage.support.TestAccounts;
import org.jumelage.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the accounts feature writes to the audit log: sign-ins through the real login form, failed
 * ones alike for known and unknown addresses and without the password, role changes, account
 * enabling, address verification and consent changes.
 */
class AccountAuditTest extends IntegrationTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    Consents consents;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MongoTemplate mongo;

    AuditEntries entries;

    @BeforeEach
    void setUp() {
        entries = new AuditEntries(mongo);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String signIn(String email) {
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return testAccounts.idOf(email);
    }

    @Test
    void a_sign_in_through_the_form_is_recorded_with_the_person_and_the_client_address() {
        String email = testAccounts.create(Role.VOLUNTEER, Locale.FRENCH, "Léa Bergeron");
        String id = testAccounts.idOf(email);

        HttpResponse<String> login = new WebClient(port).login(email, TestAccounts.PASSWORD);
        assertThat(WebClient.location(login)).isEqualTo("/");

        assertThat(entries.of(AuditAction.SIGN_IN_SUCCEEDED, id)).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(id);
            assertThat(e.actorName()).isEqualTo("Léa Bergeron");
            assertThat(e.targetKind()).isEqualTo(AuditTarget.ACCOUNT);
            assertThat(e.clientAddress()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void failed_sign_ins_look_the_same_for_a_wrong_password_and_an_unknown_address_and_never_hold_the_password() {
        String email = testAccounts.create(Role.VOLUNTEER, Locale.FRENCH, "Léa Bergeron");
        String unknown = "personne-" + UUID.randomUUID() + "@exemple.org";
        String typedPassword = "Mauvais-Secret-" + UUID.randomUUID();
        WebClient web = new WebClient(port);

        assertThat(WebClient.location(web.login(email.toUpperCase(Locale.ROOT), typedPassword))).isEqualTo("/login?error");
        assertThat(WebClient.location(web.login(unknown, typedPassword))).isEqualTo("/login?error");

        AuditEntry known = entries.of(AuditAction.SIGN_IN_FAILED, email).get(0);
        AuditEntry stranger = entries.of(AuditAction.SIGN_IN_FAILED, unknown).get(0);
        for (AuditEntry e : new AuditEntry[] {known, stranger}) {
            assertThat(e.byVisitor()).isTrue();
            assertThat(e.targetKind()).isEqualTo(AuditTarget.SIGN_IN_ADDRESS);
            assertThat(e.detail()).isNull();
            assertThat(e.clientAddress()).isEqualTo("127.0.0.1");
            assertThat(entries.rawJson(e.id())).doesNotContain(typedPassword)
                    .doesNotContain(testAccounts.idOf(email));
        }
        assertThat(entries.rawJson(known.id()).replace(email, "ADDRESS").replace(known.id(), "ID")
                .replaceAll("\"at\": \\{[^}]*}", "AT"))
                .isEqualTo(entries.rawJson(stranger.id()).replace(unknown, "ADDRESS").replace(stranger.id(), "ID")
                        .replaceAll("\"at\": \\{[^}]*}", "AT"));
    }

    @Test
    void role_changes_and_disabling_name_the_administrator_and_the_account() {
        String target = testAccounts.idOf(testAccounts.create(Role.VOLUNTEER, Locale.FRENCH, "Léa Bergeron"));
        String adminId = signIn(testAccounts.create(Role.ADMIN, Locale.FRENCH, "Adèle Administratrice"));

        UserSummary changed = administration.changeRoles(target, EnumSet.of(Role.COORDINATOR, Role.VOLUNTEER), 0);
        administration.setEnabled(target, false, changed.version());

        assertThat(entries.of(AuditAction.ROLES_CHANGED, target)).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(adminId);
            assertThat(e.actorName()).isEqualTo("Adèle Administratrice");
            assertThat(e.detail()).isEqualTo("VOLUNTEER, COORDINATOR");
        });
        assertThat(entries.of(AuditAction.ACCOUNT_DISABLED, target)).singleElement()
                .satisfies(e -> assertThat(e.actorId()).isEqualTo(adminId));
    }

    @Test
    void a_refused_role_change_records_nothing() {
        String adminEmail = testAccounts.create(Role.ADMIN, Locale.FRENCH, "Adèle Administratrice");
        String adminId = signIn(adminEmail);
        assertThatThrownBy(() -> administration.changeRoles(adminId, Set.of(Role.VOLUNTEER), 0))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.users.cannotDemoteSelf"));
        assertThat(entries.of(AuditAction.ROLES_CHANGED, adminId)).isEmpty();
    }

    @Test
    void verifying_an_address_and_changing_consent_are_recorded_for_the_account() {
        String email = "audit-" + UUID.randomUUID() + "@exemple.org";
        accounts.register(new RegistrationCommand(email, "Marie-Ève Lavoie", "Une phrase de passe solide",
                Languages.FRENCH, AccountType.VOLUNTEER, ConsentPurpose.requiredOnes()));
        String link = Mailbox.link(Mailbox.awaitOne(email), "/account/verify");
        assertThat(accounts.verifyEmail(link.replaceFirst(".*token=", ""))).isEqualTo(VerificationOutcome.VERIFIED);
        String id = testAccounts.idOf(email);
        assertThat(entries.of(AuditAction.EMAIL_VERIFIED, id)).singleElement()
                .satisfies(e -> assertThat(e.byVisitor() || e.bySystem()).isTrue());

        signIn(email);
        consents.give(EnumSet.allOf(ConsentPurpose.class));
        assertThat(entries.of(AuditAction.CONSENT_CHANGED, id)).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(id);
            assertThat(e.detail()).startsWith("v");
        });
    }
}
