package org.jumelage.projects;

import java.util.List;

/**
 * A refused project operation. The message is a translation key; {@link #problems()} lists field
 * problems when the refusal is about the content.
 */
public class ProjectException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public ProjectException(String messageKey) {
        this(messageKey, List.of());
    }

    public ProjectException(String messageKey, List<FieldProblem> problems) {
        super(messageKey);
        this.problems = List.copyOf(problems);
    }

    public String messageKey() {
        return getMessage();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
