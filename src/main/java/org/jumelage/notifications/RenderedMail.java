package org.jumelage.notifications;

/** An e-mail as its recipient reads it: subject, plain-text body and HTML body. */
public record RenderedMail(String subject, String text, String html) {
}
