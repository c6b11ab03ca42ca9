package org.jumelage.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jumelage.notifications.RenderedMail;
import org.jumelage.shared.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

class MailRendererTest {

    private final MailRenderer renderer = new MailRenderer(new TranslationProvider());

    @Test
    void verification_mail_is_in_french_for_a_french_recipient() {
        RenderedMail mail = renderer.render("verify-email", Locale.FRENCH,
                Map.of("name", "Élise", "link", "https://jumelage.example/account/verify?token=abc&x=1", "validHours", 24L));
        assertThat(mail.subject()).isEqualTo("Confirmez votre adresse courriel");
        assertThat(mail.text()).contains("Bonjour Élise,", "https://jumelage.example/account/verify?token=abc&x=1",
                "Ce lien est valable 24 heures.", "Jumelage", "C’est un message automatique");
        assertThat(mail.html()).contains("Bonjour Élise,", "href=\"https://jumelage.example/account/verify?token=abc&amp;x=1\"",
                "Confirmer mon adresse", "lang=\"fr\"", "C’est un message automatique");
        assertThat(mail.text() + mail.html()).doesNotContain("!{", "#{");
    }

    @Test
    void password_reset_mail_is_in_english_for_an_english_recipient() {
        RenderedMail mail = renderer.render("password-reset", Locale.ENGLISH,
                Map.of("name", "Sam", "link", "https://jumelage.example/reset-password?token=t", "validMinutes", 60));
        assertThat(mail.subject()).isEqualTo("Reset your password");
        assertThat(mail.text()).contains("Hello Sam,", "valid for 60 minutes", "https://jumelage.example/reset-password?token=t",
                "sent to you by Jumelage", "automatic message");
        assertThat(mail.html()).contains("Choose a new password", "lang=\"en\"");
        assertThat(mail.text() + mail.html()).doesNotContain("!{", "#{");
    }

    @Test
    void model_values_are_escaped_in_html() {
        RenderedMail mail = renderer.render("verify-email", Locale.ENGLISH,
                Map.of("name", "<script>x</script>", "link", "https://x.example/\"><b>", "validHours", 24));
        assertThat(mail.html()).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>", "\"><b>");
    }

    @Test
    void unknown_or_unsafe_template_names_are_refused() {
        assertThatThrownBy(() -> renderer.render("../application", Locale.FRENCH, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render("no-such-template", Locale.FRENCH, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown mail template");
    }

    @Test
    void every_html_mail_is_one_page_built_on_the_shared_layout() throws IOException {
        List<String> templates;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", MailRenderer.PREFIX))) {
            templates = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .filter(n -> !n.equals("layout.html")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThan(10);
        for (String template : templates) {
            for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                String html = renderer.render(template, language, Map.of("name", "Élise",
                        "link", "https://jumelage.example/" + template)).html();
                assertThat(count(html, "<html")).as(template + " has one <html>").isEqualTo(1);
                assertThat(count(html, "<body")).as(template + " has one <body>").isEqualTo(1);
                assertThat(html).as(template)
                        .contains("lang=\"" + language.getLanguage() + "\"", "max-width:560px",
                                language == Locale.FRENCH ? "message automatique" : "automatic message")
                        .doesNotContain("th:text", "th:replace", "th:fragment", "th:block", "#{", "??");
                if (html.contains("padding:10px 18px")) {
                    assertThat(html).as(template + " button links to the mail's link")
                            .contains("href=\"https://jumelage.example/" + template + "\"");
                }
            }
        }
    }

    @Test
    void membership_invitations_speak_the_words_of_what_they_invite_to_join() {
        for (String kind : List.of("organisation", "firm")) {
            RenderedMail mail = renderer.render(kind + "-invitation", Locale.FRENCH, Map.of("name", "",
                    "inviter", "Camille", kind, "Les <Amis>", "link", "https://jumelage.example/join?token=t",
                    "validDays", 7L));
            String joined = kind.equals("firm") ? "l’entreprise" : "l’organisme";
            assertThat(mail.text()).as(kind).contains("Bonjour,", "Camille vous invite à rejoindre " + joined
                    + " Les <Amis> sur Jumelage", "Ce lien est valable 7 jours", "https://jumelage.example/join?token=t",
                    "message automatique");
            assertThat(mail.html()).as(kind).contains("Camille vous invite à rejoindre " + joined + " Les &lt;Amis&gt;",
                    "Rejoindre " + joined, "href=\"https://jumelage.example/join?token=t\"")
                    .doesNotContain("<Amis>", "??");
        }
        RenderedMail english = renderer.render("firm-invitation", Locale.ENGLISH, Map.of("name", "Sam",
                "inviter", "Alex", "firm", "Data Co", "link", "https://jumelage.example/j", "validDays", 3L));
        assertThat(english.text()).contains("Hello Sam,", "Alex invites you to join the firm Data Co",
                "“I work for a firm that gives pro bono hours”", "valid for 3 days", "ignore this message");
    }

    @Test
    void membership_decisions_speak_the_words_of_what_was_reviewed() {
        RenderedMail rejected = renderer.render("organisation-decision", Locale.FRENCH, Map.of("name", "Élise",
                "organisation", "La Passerelle", "verified", false, "reason", "NEQ <inconnu>",
                "link", "https://jumelage.example/organisation"));
        assertThat(rejected.text()).contains("Bonjour Élise,", "n’a pas pu vérifier votre organisme, La Passerelle.",
                "Motif : NEQ <inconnu>", "Corrigez le profil de l’organisme").doesNotContain("Bonne nouvelle");
        assertThat(rejected.html()).contains("NEQ &lt;inconnu&gt;", "Ouvrir mon organisme").doesNotContain("<inconnu>");
        RenderedMail verified = renderer.render("firm-decision", Locale.ENGLISH, Map.of("name", "Sam",
                "firm", "Data Co", "verified", true, "reason", "", "link", "https://jumelage.example/firm"));
        assertThat(verified.text()).contains("Good news: the coordination team verified your firm, Data Co.",
                "can now be matched with OSBL projects").doesNotContain("Reason:");
        assertThat(verified.html()).contains("Open my firm", "href=\"https://jumelage.example/firm\"");
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
