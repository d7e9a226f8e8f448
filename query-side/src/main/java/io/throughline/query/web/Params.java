package io.throughline.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

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

    /** An instant that has come: what was known at a later one is not known yet. */
    public static void notInTheFuture(String name, Instant value, Instant now) {
        if (value != null && value.isAfter(now)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    name + " (" + value + ") must not be in the future; it is " + now);
        }
    }

    public static void ordered(String firstName, Comparable<?> first, String secondName, Comparable<?> second) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        boolean reversed = first != null && second != null && ((Comparable) first).compareTo(second) > 0;
        if (reversed) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    firstName + " (" + first + ") must not be after " + secondName + " (" + second + ")");
        }
    }
}
