package org.jumelage.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** Reads what GreenMail received over SMTP. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

    private Mailbox() {
    }

    /** Waits until the recipient has at least {@code count} messages, and returns them. */
    public static List<MimeMessage> awaitMessages(String recipient, int count, Duration timeout) {
        return Awaitility.await().alias(count + " message(s) for " + recipient).atMost(timeout)
                .pollInterval(Duration.ofMillis(100)).until(() -> messagesFor(recipient), m -> m.size() >= count);
    }

    /** Waits for the latest message to the recipient whose text contains the fragment, and returns it. */
    public static MimeMessage awaitContaining(String recipient, String fragment, Duration timeout) {
        return Awaitility.await().alias("a message for " + recipient + " containing " + fragment).atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> messagesFor(recipient).stream().filter(m -> text(m).contains(fragment))
                        .reduce((a, b) -> b), Optional::isPresent)
                .orElseThrow();
    }

    public static MimeMessage awaitOne(String recipient) {
        List<MimeMessage> messages = awaitMessages(recipient, 1, Duration.ofSeconds(20));
        return messages.get(messages.size() - 1);
    }

    public static List<MimeMessage> messagesFor(String recipient) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> isFor(m, recipient)).toList();
    }

    /** The plain-text part of a message (or its only body). */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String s) {
                return s;
            }
            return find((Multipart) content, "text/plain");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String html(MimeMessage message) {
        try {
            return find((Multipart) message.getContent(), "text/html");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the text part whose address contains {@code fragment}. */
    public static String link(MimeMessage message, String fragment) {
        Matcher m = LINK.matcher(text(message));
        while (m.find()) {
            if (m.group().contains(fragment)) {
                return m.group();
            }
        }
        throw new AssertionError("No link containing " + fragment + " in: " + text(message));
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isFor(Message message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (Exception e) {
            return false;
        }
    }
}
