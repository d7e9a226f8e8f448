package io.throughline.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;

/** Checks of query parameters that their types cannot express; a violation is a 400 naming the parameter. */
public final class Params {

    private Params() {
    }

    public static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    public static void ordered(String firstName, Comparable<?> first, String secondName, Comparable<?> second) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        boolean reversed = first != null && second != null && ((Comparable) first).compareTo(second) > 0;
        if (reversed) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    firstName + " (" + first + ") must not be after " + secondName + " (" + second + ")");
        }
    }

    /** An instant to look back at: the log cannot tell how things will stand. */
    public static Instant past(String name, Instant value, Clock clock) {
        if (value != null && value.isAfter(clock.instant())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    name + " must not be in the future, and " + value + " is");
        }
        return value;
    }
}
