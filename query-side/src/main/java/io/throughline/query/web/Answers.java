package io.throughline.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Turns the answer of a query for one thing into that thing, or a 404 problem that says what was not found. */
public final class Answers {

    private Answers() {
    }

    public static <T> T found(CompletableFuture<Optional<T>> answer, String what, Object id) {
        return found(answer, "no " + what + " with id '" + id + "'");
    }

    /** For things that existed at some instants only: the message says which instant. */
    public static <T> T found(CompletableFuture<Optional<T>> answer, String what, Object id, Instant at) {
        return found(answer, "no " + what + " with id '" + id + "' at " + at);
    }

    /** The thing, or a 404 problem that says {@code notFound}. */
    public static <T> T found(CompletableFuture<Optional<T>> answer, String notFound) {
        return answer.join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, notFound));
    }
}
