package io.throughline.support;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * When the events a test causes happen: Axon stamps each event with its clock, so a history can be told day by day and
 * read as of any of its instants. A test that sets it goes back to real time after each test.
 */
public final class EventTime {

    private EventTime() {
    }

    /** Every event from now on happens at the instant, until the next call. */
    public static void at(Instant instant) {
        GenericEventMessage.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    public static void at(String instant) {
        at(Instant.parse(instant));
    }

    public static void realTime() {
        GenericEventMessage.clock = Clock.systemUTC();
    }
}
