package org.jumelage.matching.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;

import org.jumelage.matching.generator.InstanceGenerator;
import org.jumelage.matching.solver.GreedyBaseline;
import org.jumelage.matching.solver.MatchingConstraint;
import org.jumelage.matching.solver.MatchingParameters;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.MatchingWeights;
import org.jumelage.support.Hostile;
import org.jumelage.support.JsonMutations;
import org.jumelage.support.JsonMutations.Mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The matching problem import under hostile files: a valid problem with one or more of its values
 * replaced by wrong types, MongoDB operators, keys with dots or dollars, numbers out of range, hostile
 * text or duplicated items. Each file is either read (and then written back to the same problem) or
 * refused with a {@link MatchingFileException} saying where; never another exception.
 */
class MatchingJsonHostileProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VALID = MatchingJson.toJson(GreedyBaseline.solve(InstanceGenerator.generate(6, 12, 7,
            InstanceGenerator.DEFAULT_PLANNING_DATE, new MatchingWeights(Map.of(MatchingConstraint.PROXIMITY, 3L)),
            new MatchingParameters(InstanceGenerator.DEFAULT_PLANNING_DATE, 3, 150, 200, 60))));

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return JsonMutations.mutations();
    }

    @Property(tries = 200)
    void a_hostile_file_is_read_faithfully_or_refused_with_where(@ForAll("mutations") List<Mutation> mutations)
            throws Exception {
        JsonNode root = MAPPER.readTree(VALID);
        for (Mutation m : mutations) {
            JsonMutations.apply(root, m);
        }
        String json = MAPPER.writeValueAsString(root);
        MatchingProblem read;
        try {
            read = MatchingJson.fromJson(json);
        } catch (MatchingFileException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        } catch (RuntimeException other) {
            fail("a hostile matching file escaped as " + other + " after " + mutations, other);
            return;
        }
        // Accepted: what was read is a problem that writes back and reads again to the same file.
        String written = MatchingJson.toJson(read);
        assertThat(MatchingJson.toJson(MatchingJson.fromJson(written))).isEqualTo(written);
    }

    @Property(tries = 100)
    void text_that_is_not_json_is_refused(@ForAll("texts") String text) {
        try {
            MatchingJson.fromJson(text);
            fail("read as a problem: " + Hostile.shorten(text));
        } catch (MatchingFileException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Hostile.text(), Hostile.blank(), Arbitraries.of("{\"format\": {\"$gt\": \"\"}}",
                "[]", "null", "1e99999", "{\"format\":\"jumelage-matching/1\",\"planningDate\":\"2026-01-05\"",
                "{\"format\":\"jumelage-matching/1\",\"format\":\"x\"}", "\"jumelage-matching/1\""));
    }

    /**
     * Every value of the file set to null, and a null item added to every list, one place at a time:
     * the places a random change rarely reaches.
     */
    @net.jqwik.api.Example
    void a_null_anywhere_is_refused_or_read() throws Exception {
        List<String> paths = new java.util.ArrayList<>();
        collect(MAPPER.readTree(VALID), "", paths);
        assertThat(paths).hasSizeGreaterThan(20);
        for (String path : paths) {
            for (boolean addToList : new boolean[] {false, true}) {
                JsonNode root = MAPPER.readTree(VALID);
                JsonNode target = root.at(path);
                if (addToList && target.isArray()) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) target).addNull();
                } else if (!addToList) {
                    int cut = path.lastIndexOf('/');
                    JsonNode parent = root.at(path.substring(0, cut));
                    String last = path.substring(cut + 1);
                    if (parent.isObject()) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) parent).putNull(last);
                    } else {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) parent).setNull(Integer.parseInt(last));
                    }
                } else {
                    continue;
                }
                try {
                    MatchingJson.fromJson(MAPPER.writeValueAsString(root));
                } catch (MatchingFileException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                } catch (RuntimeException other) {
                    fail("a null " + (addToList ? "item in " : "at ") + path + " escaped as " + other, other);
                }
            }
        }
    }

    /** Paths of every value, following the first item of each list. */
    private static void collect(JsonNode node, String path, List<String> paths) {
        if (!path.isEmpty()) {
            paths.add(path);
        }
        if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), path + "/0", paths);
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> collect(node.get(f), path + "/" + f, paths));
        }
    }
}
