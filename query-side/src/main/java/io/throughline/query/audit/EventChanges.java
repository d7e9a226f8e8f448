package io.throughline.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.kernel.Change;
import io.throughline.kernel.Confidential;
import io.throughline.kernel.TextValue;
import io.throughline.kernel.audit.FieldChange;
import io.throughline.query.EventFields;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an event record as an auditor would: every field it sets or changes, and the reason the actor gave.
 * A {@link Change} component gives both sides; any other component is a value the event sets, with nothing before.
 * Values are text: ids, enums, dates and numbers as themselves; lists and nested records (a huddle's updates) as JSON.
 */
final class EventChanges {

    static final String REASON = "reason";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventChanges() {
    }

    /** The fields the event sets, except the identifier of its own aggregate, the reason and confidential ones. */
    static Map<String, FieldChange> of(Object event, String aggregateId) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (RecordComponent component : EventFields.components(event)) {
            if (component.isAnnotationPresent(Confidential.class)) {
                continue;
            }
            Object value = EventFields.valueOf(component, event);
            if (value instanceof Change<?> change) {
                changes.put(component.getName(), new FieldChange(text(change.before()), text(change.after())));
            } else if (value != null && !REASON.equals(component.getName()) && !value.toString().equals(aggregateId)) {
                changes.put(component.getName(), new FieldChange(null, text(value)));
            }
        }
        return changes;
    }

    static String reasonOf(Object event) {
        return text(EventFields.named(event, REASON));
    }

    private static String text(Object value) {
        Object plain = plain(value);
        if (plain == null || plain instanceof String) {
            return (String) plain;
        }
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    /** Lists, maps and records as plain structures of text; anything else as its text. */
    private static Object plain(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(EventChanges::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((key, item) -> plain.put(String.valueOf(key), plain(item)));
            return plain;
        }
        if (value.getClass().isRecord() && !(value instanceof TextValue)) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : EventFields.components(value)) {
                fields.put(component.getName(), plain(EventFields.valueOf(component, value)));
            }
            return fields;
        }
        return value.toString();
    }
}
