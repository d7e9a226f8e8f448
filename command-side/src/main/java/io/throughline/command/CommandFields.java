package io.throughline.command;

import io.throughline.kernel.FieldPath;
import io.throughline.kernel.TextValue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * Every value a command carries, however deep (a huddle's updates, a check-in's commitments), each with where it is
 * in the terms of the request ({@code priorityUpdates[1].comment}). Commands are records of records, so one walk over
 * their components covers every command, present and future. Ids ({@link TextValue}) are values, not walked into.
 */
public final class CommandFields {

    /**
     * Each record class's components, looked up once: {@link Class#getRecordComponents()} reads and copies them anew
     * at every call, and every command is walked twice (its limits, the people it names).
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private CommandFields() {
    }

    /** What is done with each value found. */
    @FunctionalInterface
    public interface Visitor {

        /**
         * @param field     where the value is, or null for the command itself
         * @param component the record component holding the value (for a list's entry, the list's), null for the command
         */
        void visit(FieldPath field, RecordComponent component, Object value);
    }

    public static void walk(Object command, Visitor visitor) {
        walk(null, null, command, visitor);
    }

    private static void walk(FieldPath field, RecordComponent component, Object value, Visitor visitor) {
        visitor.visit(field, component, value);
        if (value instanceof Collection<?> list) {
            int index = 0;
            for (Object entry : list) {
                walk(field.at(index++), component, entry, visitor);
            }
        } else if (value instanceof Record record && !(value instanceof TextValue)) {
            for (RecordComponent part : COMPONENTS.get(record.getClass())) {
                walk(field == null ? FieldPath.of(part.getName()) : field.then(part.getName()), part, valueOf(part, record),
                        visitor);
            }
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of a command", e);
        }
    }
}
