package org.jumelage.shared.skills.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillFamily;
import org.jumelage.shared.skills.SkillCode;

/**
 * The skill catalogue shipped with the application, read from a UTF-8 CSV resource: a first comment
 * line {@code # catalogue-version: N}, optional further comment lines, the header
 * {@code code,family,label_fr,label_en}, then one skill per line (fields with a comma are quoted).
 * A broken file stops start-up rather than publishing a catalogue other records cannot trust.
 */
record PackagedSkills(String version, List<Skill> skills) {

    static final String HEADER = "code,family,label_fr,label_en";
    private static final Pattern VERSION = Pattern.compile("^#\\s*catalogue-version:\\s*(\\S+)\\s*$");

    PackagedSkills {
        skills = List.copyOf(skills);
    }

    static PackagedSkills load(String resource) {
        InputStream in = PackagedSkills.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Skill catalogue resource not found: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the skill catalogue " + resource, e);
        }
    }

    static PackagedSkills parse(Reader source, String name) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String first = stripBom(reader.readLine());
        Matcher version = VERSION.matcher(first == null ? "" : first);
        if (!version.matches()) {
            throw new IllegalStateException(name + ": the first line must be '# catalogue-version: N'");
        }
        List<Skill> skills = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean headerSeen = false;
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!HEADER.equals(line.trim())) {
                    throw new IllegalStateException(name + ":" + lineNumber + ": expected header " + HEADER);
                }
                headerSeen = true;
                continue;
            }
            Skill skill = row(split(line), name + ":" + lineNumber);
            if (!codes.add(skill.code())) {
                throw new IllegalStateException(name + ":" + lineNumber + ": duplicate code " + skill.code());
            }
            skills.add(skill);
        }
        return new PackagedSkills(version.group(1), skills);
    }

    private static Skill row(List<String> fields, String where) {
        if (fields.size() != 4) {
            throw new IllegalStateException(where + ": expected 4 fields, found " + fields.size());
        }
        String code = fields.get(0).trim();
        if (!SkillCode.isValid(code)) {
            throw new IllegalStateException(where + ": invalid code '" + code + "'");
        }
        SkillFamily family;
        try {
            family = SkillFamily.valueOf(fields.get(1).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown family '" + fields.get(1) + "'", e);
        }
        String labelFr = fields.get(2).trim();
        String labelEn = fields.get(3).trim();
        if (labelFr.isEmpty() || labelEn.isEmpty()) {
            throw new IllegalStateException(where + ": both labels are required");
        }
        return new Skill(code, family, labelFr, labelEn, false);
    }

    /** One CSV line: commas separate fields; a quoted field may hold commas and doubled quotes. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException("Unclosed quote in: " + line);
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripBom(String line) {
        return line != null && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
