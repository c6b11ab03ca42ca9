package org.jumelage.matching.json;

/** A matching JSON file that cannot be read as a problem; the message says where and why. */
public class MatchingFileException extends RuntimeException {

    public MatchingFileException(String message) {
        super(message);
    }
}
