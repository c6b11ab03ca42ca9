package org.jumelage.shared.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads a feature's stored documents about a person as plain maps for the "my data" download,
 * without mapping details ({@code _class}) and without secrets (any field whose name ends in "hash"
 * or "token", at any depth).
 */
public final class PersonalDocuments {

    private PersonalDocuments() {
    }

    /** The documents of a collection matching the criteria, cleaned, in storage order. */
    public static List<Map<String, Object>> find(MongoTemplate mongo, String collection, Criteria criteria) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Document document : mongo.find(Query.query(criteria), Document.class, collection)) {
            found.add(clean(document));
        }
        return found;
    }

    /** Adds the section to the map when it has something. */
    public static void put(Map<String, Object> sections, String name, List<?> records) {
        if (records != null && !records.isEmpty()) {
            sections.put(name, records);
        }
    }

    static Map<String, Object> clean(Map<String, Object> document) {
        Map<String, Object> cleaned = new LinkedHashMap<>();
        document.forEach((key, value) -> {
            String lower = key.toLowerCase(Locale.ROOT);
            if (key.equals("_class") || lower.endsWith("hash") || lower.endsWith("token")) {
                return;
            }
            cleaned.put(key.equals("_id") ? "id" : key, cleanValue(value));
        });
        return cleaned;
    }

    @SuppressWarnings("unchecked")
    private static Object cleanValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return clean((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PersonalDocuments::cleanValue).toList();
        }
        if (value instanceof org.bson.types.ObjectId id) {
            return id.toHexString();
        }
        return value;
    }
}
