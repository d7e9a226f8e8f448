package io.throughline.web;

import io.throughline.query.web.Answers;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Read models follow the event log a few milliseconds behind. A page that has just sent a command waits, briefly,
 * until the read model shows at least the version the command produced (or, without a version, the change itself), so
 * that the leader sees their own change.
 */
@Component
class ReadYourWrites {

    private static final long PATIENCE_MILLIS = 2_000;
    private static final long PAUSE_MILLIS = 10;

    private final QueryGateway queries;

    ReadYourWrites(QueryGateway queries) {
        this.queries = queries;
    }

    <Q, R> R now(Q query, Class<R> type) {
        return Answers.found(read(query, type), "no such " + type.getSimpleName());
    }

    /** The answer once its version reaches {@code version}; after the patience runs out, whatever it is then. */
    <Q, R> R atLeast(Q query, Class<R> type, ToLongFunction<R> versionOf, long version) {
        return once(query, type, answer -> versionOf.applyAsLong(answer) >= version);
    }

    /**
     * The answer once it shows the change, for read models without a version; after the patience runs out, whatever
     * it is then.
     */
    <Q, R> R once(Q query, Class<R> type, Predicate<R> showsTheChange) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        Optional<R> answer = read(query, type).join();
        while (!answer.map(showsTheChange::test).orElse(false) && System.currentTimeMillis() < deadline) {
            pause();
            answer = read(query, type).join();
        }
        return answer.orElseThrow(() ->
                new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the change is stored but not readable yet"));
    }

    private <Q, R> CompletableFuture<Optional<R>> read(Q query, Class<R> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type));
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
