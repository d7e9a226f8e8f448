package io.throughline.query;

import io.throughline.kernel.TextValue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** Reads the fields of an event record by name: events are records, and some fields mean the same in all of them. */
public final class EventFields {

    private static final String TEAM_ID = "teamId";

    private EventFields() {
    }

    /** The team the event names in its {@code teamId}, as every first event of a team's aggregates does; else null. */
    public static String teamOf(Object event) {
        return named(event, TEAM_ID) instanceof TextValue team ? team.value() : null;
    }

    /** The value of the event's field of that name; null when it has none. */
    public static Object named(Object event, String name) {
        for (RecordComponent component : components(event)) {
            if (name.equals(component.getName())) {
                return valueOf(component, event);
            }
        }
        return null;
    }

    /** The event's fields in declaration order; none when it is not a record. */
    public static RecordComponent[] components(Object event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        return components == null ? new RecordComponent[0] : components;
    }

    public static Object valueOf(RecordComponent component, Object event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + event.getClass(), e);
        }
    }
}
