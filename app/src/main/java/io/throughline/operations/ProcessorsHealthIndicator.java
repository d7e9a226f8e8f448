package io.throughline.operations;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The streaming processors in health ({@code processors}): {@link #DEGRADED} while one is in ERROR or has parked
 * events. The service still serves requests and every other projection stays current, so this is not DOWN: the
 * overall {@code /actuator/health} answers 200 with it, while the {@code container} group answers 503 (application.yml
 * explains which check uses which). DOWN when they cannot be read: the event store is out of reach.
 */
@Component
class ProcessorsHealthIndicator extends AbstractHealthIndicator {

    /** An operator must act (fix the handler, retry the dead letters on /admin); restarting does not help. */
    static final Status DEGRADED = new Status("DEGRADED",
            "an event processor is failing or has parked events: see /admin");

    private final ProcessorReadings readings;

    ProcessorsHealthIndicator(ProcessorReadings readings) {
        super("The event processors could not be read");
        this.readings = readings;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean failing = false;
        for (ProcessorReading reading : readings.current()) {
            Map<String, Object> processor = new LinkedHashMap<>();
            processor.put("status", reading.status().status());
            processor.put("lagEvents", reading.lagEvents());
            processor.put("deadLetters", reading.status().deadLetters());
            if (reading.status().error() != null) {
                processor.put("error", reading.status().error());
            }
            details.put(reading.name(), processor);
            failing |= reading.failing();
        }
        health.status(failing ? DEGRADED : Status.UP).withDetails(details);
    }
}
