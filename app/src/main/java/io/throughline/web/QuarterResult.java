package io.throughline.web;

import io.throughline.kernel.quarter.QuarterScorecard.Tally;

import java.util.ArrayList;
import java.util.List;

/** A quarter's score as a leader says it: "7 of 9 done, 1 missed, 1 carried over". */
final class QuarterResult {

    private QuarterResult() {
    }

    static String of(Tally tally) {
        List<String> parts = new ArrayList<>();
        parts.add(tally.done() + " of " + tally.total() + " done");
        part(parts, tally.missed(), "missed");
        part(parts, tally.carried(), "carried over");
        part(parts, tally.dropped(), "dropped");
        part(parts, tally.open(), "still open");
        return String.join(", ", parts);
    }

    private static void part(List<String> parts, int count, String words) {
        if (count > 0) {
            parts.add(count + " " + words);
        }
    }
}
