package org.jumelage.shared.skills;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused change to the skill catalogue. The message is a translation key, so each view shows it
 * in its user's language; {@link #field()} names the form field it belongs to, or null. When several
 * fields are wrong at once, {@link #fieldMessageKeys()} holds one key per field, in form order, and
 * {@link #field()} and {@link #messageKey()} give the first.
 */
public class SkillException extends RuntimeException {

    private final String field;
    private final Map<String, String> fieldMessageKeys;

    public SkillException(String messageKey) {
        this(null, messageKey);
    }

    public SkillException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.fieldMessageKeys = field == null ? Map.of() : Map.of(field, messageKey);
    }

    /** One key per field; the map must not be empty. */
    public SkillException(Map<String, String> fieldMessageKeys) {
        super(fieldMessageKeys.values().iterator().next());
        this.field = fieldMessageKeys.keySet().iterator().next();
        this.fieldMessageKeys = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMessageKeys));
    }

    public String messageKey() {
        return getMessage();
    }

    public String field() {
        return field;
    }

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
