package io.throughline.kernel;

/**
 * A value type that is one piece of text: ids, quarters, periods.
 * Every implementation is a record whose only component is {@code value}, validated and normalised by its
 * canonical constructor; serializers write it as a plain JSON string and read it back through that constructor.
 */
public interface TextValue {

    String value();

    /** Rejects a missing or blank value; every text value needs one. */
    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " must not be blank");
        }
        return value.strip();
    }
}
