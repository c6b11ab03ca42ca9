package org.jumelage.volunteers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

/** Québec universities and cégeps suggested for the institution field (typing another name is fine). */
@Component
public class Institutions {

    private static final String RESOURCE = "/volunteers/institutions.txt";

    private final List<String> names;

    Institutions() {
        try (InputStream in = Institutions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    public List<String> names() {
        return names;
    }
}
