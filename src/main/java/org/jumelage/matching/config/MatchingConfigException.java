package org.jumelage.matching.config;

import org.jumelage.shared.validation.RefusalException;

/**
 * A matching configuration file that cannot be used: the run is refused. Message key
 * {@code matching.config.invalid} takes the file name ({0}) and the problem ({1}).
 */
public class MatchingConfigException extends RefusalException {

    public static final String MESSAGE_KEY = "matching.config.invalid";

    private final String file;
    private final String problem;

    public MatchingConfigException(String file, String problem) {
        super(MESSAGE_KEY);
        this.file = file;
        this.problem = problem;
    }

    /** The file at fault, as the operator knows it (e.g. {@code matching-config/matching.properties}). */
    public String file() {
        return file;
    }

    /** What is wrong, in English (from the file's own parser when it says so). */
    public String problem() {
        return problem;
    }

    /** {@code file: problem}, for logs and the command line. */
    public String detail() {
        return file + ": " + problem;
    }
}
