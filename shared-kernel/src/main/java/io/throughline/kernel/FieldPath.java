package io.throughline.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in a command a value is, outermost first: names of its components and positions in its lists, such as
 * {@code priorityUpdates}, {@code 1}, {@code status}. A refusal carries it so that a page can place its message by
 * structure; the API shows its text, {@code priorityUpdates[1].status}.
 */
public record FieldPath(List<Segment> segments) {

    /** A component's name, or (name absent) a position in a list. */
    public record Segment(String name, Integer index) {

        public Segment {
            if ((name == null) == (index == null)) {
                throw new IllegalArgumentException("a segment is a name or an index, was " + name + " and " + index);
            }
            if (index != null && index < 0) {
                throw new IllegalArgumentException("a list position is not negative, was " + index);
            }
        }
    }

    public FieldPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty() || segments.get(0).name() == null) {
            throw new IllegalArgumentException("a field path starts with a name, was " + segments);
        }
    }

    /** A component of the command itself, such as {@code title}. */
    public static FieldPath of(String name) {
        return new FieldPath(List.of(named(name)));
    }

    /** The component {@code name} of the value here. */
    public FieldPath then(String name) {
        return append(named(name));
    }

    /** The entry at {@code index} of the list here. */
    public FieldPath at(int index) {
        return append(new Segment(null, index));
    }

    /** A path inside the value here, such as the field of a command applied on behalf of this one. */
    public FieldPath then(FieldPath inner) {
        List<Segment> joined = new ArrayList<>(segments);
        joined.addAll(inner.segments());
        return new FieldPath(joined);
    }

    /**
     * Reads the text form back, for the fields of refusals written before they carried paths and of problem bodies.
     *
     * @throws IllegalArgumentException when the text is not a field path
     */
    public static FieldPath parse(String text) {
        List<Segment> segments = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            int bracket = part.indexOf('[');
            segments.add(named(bracket < 0 ? part : part.substring(0, bracket)));
            String positions = bracket < 0 ? "" : part.substring(bracket);
            while (!positions.isEmpty()) {
                int close = positions.indexOf(']');
                if (!positions.startsWith("[") || close < 0) {
                    throw new IllegalArgumentException("not a field path: '" + text + "'");
                }
                segments.add(position(positions.substring(1, close), text));
                positions = positions.substring(close + 1);
            }
        }
        return new FieldPath(segments);
    }

    /** As the API names the field: {@code priorityUpdates[1].status}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.index() != null) {
                text.append('[').append(segment.index()).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(segment.name());
            }
        }
        return text.toString();
    }

    private FieldPath append(Segment segment) {
        List<Segment> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new FieldPath(longer);
    }

    private static Segment position(String digits, String text) {
        try {
            return new Segment(null, Integer.parseInt(digits));
        } catch (IllegalArgumentException notAPosition) {
            throw new IllegalArgumentException("not a field path: '" + text + "'", notAPosition);
        }
    }

    /** A name alone: nesting is built with {@link #then} and {@link #at}, never written into a name. */
    private static Segment named(String name) {
        if (name == null || name.isEmpty() || name.chars().anyMatch(c -> c == '.' || c == '[' || c == ']')) {
            throw new IllegalArgumentException("not a component name: '" + name + "'");
        }
        return new Segment(name, null);
    }
}
