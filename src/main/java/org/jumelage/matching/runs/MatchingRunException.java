package org.jumelage.matching.runs;

import java.util.List;

import org.jumelage.shared.validation.RefusalException;

/** A refused run operation; the message key takes {@link #args()}. */
public class MatchingRunException extends RefusalException {

    private final transient List<Object> args;

    public MatchingRunException(String messageKey, Object... args) {
        super(messageKey);
        this.args = List.of(args);
    }

    public Object[] args() {
        return args.toArray();
    }
}
