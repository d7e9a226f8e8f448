package io.throughline.web;

import io.throughline.kernel.Quarter;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/** What every page needs: a found thing or a 404 page, and the quarters a leader picks from. */
final class Pages {

    private Pages() {
    }

    static <T> T found(CompletableFuture<Optional<T>> answer, String what) {
        return answer.join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such " + what));
    }

    /** The current quarter, the two before it and the one after: what plans are made and reviewed for. */
    static List<Quarter> quartersAround(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return IntStream.rangeClosed(-2, 1).mapToObj(offset -> Quarter.of(today.plusMonths(3L * offset))).toList();
    }
}
