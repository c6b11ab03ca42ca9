package org.jumelage.documents;

/** A PDF just issued, with the verification code it carries and the hash recorded for it. */
public record IssuedDocument(String code, String fileName, byte[] bytes, String sha256) {

    public static final String PDF = "application/pdf";
}
