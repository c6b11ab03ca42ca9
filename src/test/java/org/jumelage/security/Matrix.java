package org.jumelage.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared authorisation matrix, {@code src/test/resources/security/authorisation-matrix.txt}: one row
 * per route and per public service method, columns separated by {@code |}. A route or {@code method} row
 * says for each actor whether they may ({@code Y}) or may not ({@code -}) open or call it; a
 * {@code system} row names a method no person calls (jobs, listeners, other modules' services) with the
 * reason.
 */
record Matrix(Map<String, Row> routes, Map<String, Row> methods, Map<String, String> systemOnly) {

    static final String RESOURCE = "/security/authorisation-matrix.txt";

    /** Who may open a route or call a method. */
    record Row(String target, Map<Actor, Boolean> allowed, String note) {
        boolean allows(Actor actor) {
            return allowed.get(actor);
        }
    }

    static Matrix load() {
        try (InputStream in = Matrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Matrix parse(String text) {
        Map<String, Row> routes = new LinkedHashMap<>();
        Map<String, Row> methods = new LinkedHashMap<>();
        Map<String, String> system = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split("\\|", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            String kind = cells[0];
            if (kind.equals("system")) {
                if (cells.length != 3 || cells[2].isEmpty()) {
                    problems.add("line " + number + ": a system row is 'system | Class#method(Types) | reason'");
                } else if (system.put(cells[1], cells[2]) != null || methods.containsKey(cells[1])) {
                    problems.add("line " + number + ": " + cells[1] + " is declared twice");
                }
                continue;
            }
            if (!kind.equals("route") && !kind.equals("method")) {
                problems.add("line " + number + ": unknown kind '" + kind + "' (route, method or system)");
                continue;
            }
            if (cells.length != 3 + Actor.values().length) {
                problems.add("line " + number + ": expected " + (3 + Actor.values().length) + " cells: " + header());
                continue;
            }
            Map<Actor, Boolean> allowed = new EnumMap<>(Actor.class);
            for (Actor actor : Actor.values()) {
                String cell = cells[2 + actor.ordinal()];
                if (!cell.equals("Y") && !cell.equals("-")) {
                    problems.add("line " + number + ": cell '" + cell + "' for " + actor.column + " is neither Y nor -");
                }
                allowed.put(actor, cell.equals("Y"));
            }
            Row row = new Row(cells[1], allowed, cells[cells.length - 1]);
            Map<String, Row> target = kind.equals("route") ? routes : methods;
            if (target.put(cells[1], row) != null || system.containsKey(cells[1])) {
                problems.add("line " + number + ": " + cells[1] + " is declared twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The authorisation matrix " + RESOURCE + " is malformed:\n  "
                    + String.join("\n  ", problems));
        }
        return new Matrix(routes, methods, system);
    }

    static String header() {
        StringBuilder header = new StringBuilder("kind | target");
        for (Actor actor : Actor.values()) {
            header.append(" | ").append(actor.column);
        }
        return header.append(" | note").toString();
    }

    /** A row to paste into the matrix, every actor refused until someone decides otherwise. */
    static String template(String kind, String target, String hint) {
        StringBuilder row = new StringBuilder(kind).append(" | ").append(target);
        for (int i = 0; i < Actor.values().length; i++) {
            row.append(" | -");
        }
        return row.append(" | ").append(hint).toString();
    }
}
