package org.jumelage.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Security headers, session cookie and fixation, behaviour behind a TLS proxy and rate limits per
 * client address, over real HTTP. Its own context: low limits, and forwarded headers trusted from the
 * local proxy (as with {@code JUMELAGE_FORWARD_HEADERS=native}), so each test can speak from its own
 * address.
 */
class WebSecurityTest extends IntegrationTestBase {

    @DynamicPropertySource
    static void lowLimitsBehindAProxy(DynamicPropertyRegistry registry) {
        registry.add("server.forward-headers-strategy", () -> "native");
        registry.add("jumelage.rate-limit.login.max", () -> 3);
        registry.add("jumelage.rate-limit.registration.max", () -> 2);
        registry.add("jumelage.rate-limit.password-reset.max", () -> 2);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountService service;

    @Autowired
    UserAccountRepository users;

    @Autowired
    MongoTemplate mongo;

    HttpClient http;

    @BeforeEach
    void newBrowser() {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void pages_carry_a_content_security_policy_and_the_other_protective_headers() {
        HttpResponse<String> page = get("/login", null, false);

        assertThat(page.statusCode()).isEqualTo(200);
        String csp = header(page, "Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'",
                "form-action 'self'");
        assertThat(header(page, "X-Content-Type-Options")).contains("nosniff");
        assertThat(header(page, "X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(header(page, "Referrer-Policy")).contains("same-origin");
        assertThat(header(page, "Permissions-Policy").orElseThrow()).contains("camera=()");
        assertThat(header(page, "Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        assertThat(sessionCookie(page)).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void behind_a_tls_proxy_hsts_is_sent_and_the_session_cookie_is_secure() {
        HttpResponse<String> page = get("/login", "198.51.100.20", true);

        assertThat(header(page, "Strict-Transport-Security").orElseThrow()).contains("max-age=31536000");
        assertThat(sessionCookie(page)).contains("Secure").contains("HttpOnly");
    }

    @Test
    void signing_in_gives_a_new_session_id() {
        String email = accounts.create(Role.VOLUNTEER, Locale.CANADA_FRENCH, "Zoé Fortin");
        String before = sessionId(get("/login", "198.51.100.30", false));

        HttpResponse<String> login = login(email, TestAccounts.PASSWORD, "198.51.100.30");

        assertThat(WebClient.location(login)).isEqualTo("/");
        assertThat(sessionId(login)).isNotBlank().isNotEqualTo(before);
    }

    @Test
    void too_many_sign_in_attempts_from_one_address_are_refused_even_with_the_right_password() {
        String email = accounts.create(Role.VOLUNTEER, Locale.CANADA_FRENCH, "Léo Gagnon");
        String attacker = "203.0.113." + (10 + (int) (Math.random() * 200));
        for (int i = 0; i < 3; i++) {
            assertThat(WebClient.location(login(email, "mauvais mot de passe " + i, attacker)))
                    .isEqualTo("/login?error");
        }

        assertThat(WebClient.location(login(email, TestAccounts.PASSWORD, attacker)))
                .as("the fourth attempt is refused before the password is checked").isEqualTo("/login?error");
        assertThat(users.findByEmailKey(UserAccount.emailKey(email)).orElseThrow().getFailedLogins())
                .as("a checked right password would have reset the count").isEqualTo(3);

        newBrowser();
        assertThat(WebClient.location(login(email, TestAccounts.PASSWORD, "198.51.100.40")))
                .as("another address is not affected").isEqualTo("/");
    }

    @Test
    void sign_ins_refused_by_the_limit_are_audited_alike_for_known_and_unknown_addresses_without_the_password() {
        String email = accounts.create(Role.VOLUNTEER, Locale.CANADA_FRENCH, "Léo Gagnon");
        String unknown = "inconnu-" + UUID.randomUUID() + "@exemple.org";
        String typedPassword = "Secret-Refuse-" + UUID.randomUUID();
        String first = "203.0.113." + (10 + (int) (Math.random() * 200));
        String second = "198.51.100." + (100 + (int) (Math.random() * 150));
        AuditEntries entries = new AuditEntries(mongo);

        for (String[] attempt : new String[][] {{email, first}, {unknown, second}}) {
            for (int i = 0; i < 3; i++) {
                login(attempt[0], "mauvais mot de passe " + i, attempt[1]);
            }
            assertThat(entries.of(AuditAction.SIGN_IN_RATE_LIMITED, UserAccount.emailKey(attempt[0])))
                    .as("within the limit, nothing is refused by it").isEmpty();
            assertThat(WebClient.location(login(attempt[0].toUpperCase(Locale.ROOT), typedPassword, attempt[1])))
                    .isEqualTo("/login?error");
        }

        AuditEntry known = entries.of(AuditAction.SIGN_IN_RATE_LIMITED, UserAccount.emailKey(email)).get(0);
        AuditEntry stranger = entries.of(AuditAction.SIGN_IN_RATE_LIMITED, UserAccount.emailKey(unknown)).get(0);
        assertThat(known.clientAddress()).isEqualTo(first);
        assertThat(stranger.clientAddress()).isEqualTo(second);
        for (AuditEntry e : new AuditEntry[] {known, stranger}) {
            assertThat(e.byVisitor()).isTrue();
            assertThat(e.targetKind()).isEqualTo(AuditTarget.SIGN_IN_ADDRESS);
            assertThat(e.detail()).isNull();
            assertThat(entries.rawJson(e.id())).doesNotContain(typedPassword).doesNotContain(accounts.idOf(email));
        }
        assertThat(shape(entries, known, UserAccount.emailKey(email)))
                .isEqualTo(shape(entries, stranger, UserAccount.emailKey(unknown)));
    }

    /** The stored entry with what differs by nature (id, time, address typed, client address) blotted out. */
    private static String shape(AuditEntries entries, AuditEntry entry, String typed) {
        return entries.rawJson(entry.id()).replace(typed, "TYPED").replace(entry.id(), "ID")
                .replace(entry.clientAddress(), "CLIENT").replaceAll("\"at\": \\{[^}]*}", "AT");
    }

    @Test
    void registrations_from_one_address_are_limited_and_the_refused_one_stores_nothing() {
        speakFrom("192.0.2.50");
        String first = unique();
        String second = unique();
        String third = unique();
        service.register(command(first));
        service.register(command(second));

        assertThatThrownBy(() -> service.register(command(third))).isInstanceOfSatisfying(AccountException.class,
                e -> assertThat(e.messageKey()).isEqualTo("rateLimit.exceeded"));
        assertThat(users.findByEmailKey(UserAccount.emailKey(third))).isEmpty();
        assertThat(users.findByEmailKey(UserAccount.emailKey(second))).isPresent();

        speakFrom("192.0.2.51");
        service.register(command(third));
        assertThat(users.findByEmailKey(UserAccount.emailKey(third))).isPresent();
    }

    @Test
    void reset_requests_from_one_address_are_limited_whether_or_not_the_address_has_an_account() {
        speakFrom("192.0.2.60");
        String known = accounts.create(Role.OSBL_MEMBER, Locale.CANADA_FRENCH, "Anne Roy");
        service.requestPasswordReset(unique());
        service.requestPasswordReset(known);
        Mailbox.awaitOne(known);

        assertThatThrownBy(() -> service.requestPasswordReset(known)).isInstanceOfSatisfying(
                AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("rateLimit.exceeded"));
        assertThat(Mailbox.messagesFor(known)).hasSize(1);
    }

    private void speakFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static String unique() {
        return "limite-" + UUID.randomUUID() + "@exemple.org";
    }

    private static RegistrationCommand command(String email) {
        return new RegistrationCommand(email, "Camille Roy", "Une phrase de passe solide", Languages.FRENCH,
                AccountType.VOLUNTEER, ConsentPurpose.requiredOnes());
    }

    private HttpResponse<String> get(String path, String clientAddress, boolean tls) {
        return send(forwarded(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)), clientAddress,
                tls).GET().build());
    }

    private HttpResponse<String> login(String email, String password, String clientAddress) {
        get("/login", clientAddress, false);
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(forwarded(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")),
                clientAddress, false).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static HttpRequest.Builder forwarded(HttpRequest.Builder builder, String clientAddress, boolean tls) {
        if (clientAddress != null) {
            builder.header("X-Forwarded-For", clientAddress);
        }
        if (tls) {
            builder.header("X-Forwarded-Proto", "https");
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    private static String sessionId(HttpResponse<?> response) {
        String cookie = sessionCookie(response);
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }
}
