package io.throughline.web;

import io.throughline.kernel.Quarter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The quarters a leader picks from, on every page that shows a quarter. */
final class Pages {

    private Pages() {
    }

    /** The current quarter, the two before it and the one after: what plans are made and reviewed for. */
    static List<Quarter> quartersAround(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return IntStream.rangeClosed(-2, 1).mapToObj(offset -> Quarter.of(today.plusMonths(3L * offset))).toList();
    }
}
