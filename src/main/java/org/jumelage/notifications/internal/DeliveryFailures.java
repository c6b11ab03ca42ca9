package org.jumelage.notifications.internal;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.thymeleaf.exceptions.TemplateInputException;

/**
 * Tells a failure that a retry cannot fix (a malformed or rejected address, a message the server
 * refuses, a missing template) from one that may pass later (server down, time-out, 4xx reply,
 * authentication problem that an administrator can fix).
 */
final class DeliveryFailures {

    static final int MAX_ERROR_LENGTH = 500;

    private DeliveryFailures() {
    }

    static boolean isPermanent(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toVisit = new ArrayDeque<>();
        toVisit.push(error);
        while (!toVisit.isEmpty()) {
            Throwable t = toVisit.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SMTPAddressFailedException rejected) {
                // The server refused this recipient: 5xx is final (no such user), 4xx is not (mailbox busy).
                if (isPermanentReply(rejected.getReturnCode())) {
                    return true;
                }
            } else if (t instanceof SMTPSendFailedException refused) {
                // The server refused the message itself (too large, rejected content).
                if (isPermanentReply(refused.getReturnCode())) {
                    return true;
                }
            } else if (t instanceof AddressException || t instanceof MailParseException
                    || t instanceof MailPreparationException || t instanceof TemplateInputException
                    || t instanceof IllegalArgumentException) {
                return true;
            }
            if (t instanceof MailSendException send) {
                for (Exception e : send.getMessageExceptions()) {
                    toVisit.push(e);
                }
            }
            if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
                toVisit.push(messaging.getNextException());
            }
            if (t.getCause() != null) {
                toVisit.push(t.getCause());
            }
        }
        return false;
    }

    /** 5xx, except the authentication replies (530, 535) that mean the server is misconfigured here. */
    private static boolean isPermanentReply(int code) {
        return code >= 500 && code < 600 && code != 530 && code != 535;
    }

    /** A short description for administrators: the error and its innermost cause. */
    static String describe(Throwable error) {
        Throwable root = error;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        if (error instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            root = send.getMessageExceptions()[0];
            while (root.getCause() != null && seen.add(root)) {
                root = root.getCause();
            }
        }
        String text = summary(error);
        if (root != error) {
            text += " (" + summary(root) + ")";
        }
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static String summary(Throwable t) {
        String message = t.getMessage();
        if (t instanceof MailSendException && message != null && message.contains("Failed messages: ")) {
            // Spring appends every failed MimeMessage's toString(); the cause is reported separately.
            message = message.substring(0, message.indexOf("Failed messages: ")).replaceAll("[.\\s]+$", "");
        }
        String oneLine = message == null || message.isBlank() ? "" : ": " + message.replaceAll("\\s+", " ").trim();
        return t.getClass().getSimpleName() + oneLine;
    }
}
