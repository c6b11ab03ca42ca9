package org.jumelage.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lesson Markdown renders safely: raw HTML is shown as text, only http(s) and mailto links stay links. */
class LessonMarkdownTest {

    @Test
    void raw_html_and_scripts_are_escaped() {
        String html = LessonMarkdown.toHtml("Bonjour <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "<div onclick=\"evil()\">bloc</div>");
        assertThat(html).doesNotContain("<script", "<img", "<div onclick").contains("&lt;script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void javascript_and_other_links_become_plain_text() {
        String html = LessonMarkdown.toHtml("[cliquez](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) "
                + "[vb](  JaVaScRiPt:alert(2)) <javascript:alert(3)> [rel](/admin) [file](file:///etc/passwd)");
        assertThat(html).doesNotContainIgnoringCase("href=\"javascript").doesNotContain("href=\"data", "href=\"/admin",
                "href=\"file", "<a ");
        assertThat(html).contains("cliquez", "data", "vb", "rel", "file");
    }

    @Test
    void web_and_mail_links_stay_links_and_open_safely() {
        String html = LessonMarkdown.toHtml("[CAI](https://www.cai.gouv.qc.ca) [écrire](mailto:aide@example.org) "
                + "<https://example.org>");
        assertThat(html).contains("<a href=\"https://www.cai.gouv.qc.ca\" rel=\"noopener noreferrer nofollow\" "
                + "target=\"_blank\">CAI</a>").contains("href=\"mailto:aide@example.org\"")
                .contains("href=\"https://example.org\"");
    }

    @Test
    void images_become_their_description_and_markdown_formats() {
        String html = LessonMarkdown.toHtml("# Titre\n\n**gras** et *italique*\n\n- un\n- deux\n\n![un schéma](https://x.org/a.png)");
        assertThat(html).startsWith("<div class=\"lesson-body\">").contains("<h1>Titre</h1>", "<strong>gras</strong>",
                "<em>italique</em>", "<li>un</li>", "un schéma").doesNotContain("<img");
    }
}
