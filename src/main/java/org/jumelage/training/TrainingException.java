package org.jumelage.training;

import java.util.List;

import org.jumelage.shared.validation.RefusalException;

/** A refused training operation; see {@link RefusalException}. */
public class TrainingException extends RefusalException {

    private final transient List<Object> arguments;

    public TrainingException(String messageKey) {
        super(messageKey);
        this.arguments = List.of();
    }

    public TrainingException(String field, String messageKey) {
        super(field, messageKey);
        this.arguments = List.of();
    }

    /** A refusal whose message has parameters (e.g. where in a bundle the problem is). */
    public static TrainingException withArguments(String messageKey, Object... arguments) {
        return new TrainingException(messageKey, java.util.Arrays.asList(arguments.clone()));
    }

    private TrainingException(String messageKey, List<Object> arguments) {
        super(messageKey);
        this.arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }

    /** Parameters of the message, in order. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
