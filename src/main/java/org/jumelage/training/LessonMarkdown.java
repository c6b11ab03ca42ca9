package org.jumelage.training;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders lesson Markdown to HTML that is safe to show: raw HTML is escaped (shown as text, never
 * run), a link is kept only when it goes to http, https or mailto (any other link, such as
 * {@code javascript:}, becomes its plain text), and images become their description, so a lesson
 * cannot load anything from elsewhere. External links open in a new tab without an opener.
 */
public final class LessonMarkdown {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "noopener noreferrer nofollow");
                    attributes.put("target", "_blank");
                }
            }).build();

    private LessonMarkdown() {
    }

    /** The HTML of the Markdown, wrapped in one {@code div}. */
    public static String toHtml(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new Neutraliser());
        return "<div class=\"lesson-body\">" + RENDERER.render(document) + "</div>";
    }

    /** Whether a link destination is allowed. */
    public static boolean allowed(String destination) {
        if (destination == null) {
            return false;
        }
        String d = destination.strip().toLowerCase(Locale.ROOT);
        int colon = d.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String scheme = d.substring(0, colon);
        return SCHEMES.contains(scheme) && scheme.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && (!scheme.startsWith("http") || d.startsWith(scheme + "://"));
    }

    private static final class Neutraliser extends AbstractVisitor {
        @Override
        public void visit(Link link) {
            visitChildren(link);
            if (!allowed(link.getDestination())) {
                unwrap(link);
            }
        }

        @Override
        public void visit(Image image) {
            String alt = textOf(image);
            image.insertBefore(new Text(alt));
            image.unlink();
        }

        private static void unwrap(Node node) {
            List<Node> children = new java.util.ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (Node child : children) {
                node.insertBefore(child);
            }
            node.unlink();
        }

        private static String textOf(Node node) {
            StringBuilder sb = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    sb.append(text.getLiteral());
                }
            });
            return sb.toString();
        }
    }
}
