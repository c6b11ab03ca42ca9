package org.jumelage.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile changes to a valid JSON document, for the import properties: a node replaced by a wrong type,
 * a MongoDB operator, a number out of range or hostile text; an array item duplicated; a key with a dot
 * or a dollar added next to an existing one.
 */
public final class JsonMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutations() {
    }

    /** One change: which node (by its rank in a depth-first walk) and what happens to it. */
    public record Mutation(int pick, JsonNode replacement, boolean duplicate, String extraKey) {
        @Override
        public String toString() {
            return "node #" + pick + (duplicate ? " duplicated" : " := " + Hostile.shorten(String.valueOf(replacement)))
                    + (extraKey == null ? "" : " + key " + Hostile.shorten(extraKey));
        }
    }

    public static Arbitrary<JsonNode> hostileValues() {
        ObjectNode gt = NODES.objectNode().put("$gt", "");
        ObjectNode where = NODES.objectNode().put("$where", "function() { return true; }");
        ObjectNode dotted = NODES.objectNode().put("a.b", 1);
        return Arbitraries.oneOf(
                Arbitraries.of(gt, where, dotted, NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(),
                        NODES.booleanNode(true), NODES.arrayNode().add(gt).add(NODES.nullNode()),
                        NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
                        NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                        NODES.numberNode(1e308), NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(2.5),
                        NODES.textNode("NaN"), NODES.textNode("Infinity"), NODES.textNode("2026-02-30"),
                        NODES.textNode("-999999999-01-01"), NODES.textNode("")),
                Hostile.integers().map(NODES::numberNode),
                Hostile.doubles().filter(Double::isFinite).map(NODES::numberNode),
                Hostile.any().filter(s -> s == null || s.length() < 20_000)
                        .map(s -> s == null ? NODES.nullNode() : NODES.textNode(s)));
    }

    public static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> keys = Arbitraries.of("$where", "$gt", "a.b", "", "id", "format", "\u0000", "<script>");
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 5_000), hostileValues(),
                Arbitraries.of(false, false, false, true), Arbitraries.oneOf(Arbitraries.just(null), keys))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    /** Applies the change to the document in place. */
    public static void apply(JsonNode root, Mutation m) {
        List<Slot> slots = new ArrayList<>();
        walk(root, slots);
        Slot slot = slots.get(m.pick() % slots.size());
        if (m.duplicate() && slot.parent() instanceof ArrayNode array) {
            array.insert(slot.index(), array.get(slot.index()).deepCopy());
        } else if (slot.parent() instanceof ObjectNode object) {
            object.set(slot.field(), m.replacement());
            if (m.extraKey() != null) {
                object.set(m.extraKey(), m.replacement());
            }
        } else if (slot.parent() instanceof ArrayNode array) {
            array.set(slot.index(), m.replacement());
        }
    }

    private record Slot(JsonNode parent, String field, int index) {
    }

    private static void walk(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                slots.add(new Slot(object, e.getKey(), -1));
                walk(e.getValue(), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                walk(array.get(i), slots);
            }
        }
    }
}
