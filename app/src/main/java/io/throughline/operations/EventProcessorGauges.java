package io.throughline.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * Gauges per streaming processor, tagged {@code processor}: where it stands, how far behind it is, what it has parked
 * and whether it is failing. Registered once the application is ready, when Axon has built its processors, without
 * reading them: start-up must not wait for the event store. A value is NaN where the processor does not run on this
 * instance (another node holds its segment), or while its reading fails (Micrometer logs why).
 */
@Component
class EventProcessorGauges {

    private final ProcessorReadings readings;
    private final MeterRegistry registry;

    EventProcessorGauges(ProcessorReadings readings, MeterRegistry registry) {
        this.readings = readings;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        readings.processors().forEach(processor -> {
            gauge(processor, "throughline.processor.position", null,
                    "Global sequence of the last event the processor has handled (its slowest segment's)",
                    current -> current.status().position() == null ? Double.NaN : current.status().position());
            gauge(processor, "throughline.processor.head", null,
                    "Global sequence of the newest event in the log",
                    current -> current.status().head() == null ? Double.NaN : current.status().head());
            gauge(processor, "throughline.processor.lag.events", null,
                    "Events in the log the processor has not handled yet (head minus position)",
                    ProcessorReading::lagEvents);
            gauge(processor, "throughline.processor.lag", "seconds",
                    "Age of the oldest event the processor has not handled yet (now minus the append time of the "
                            + "event after its position); 0 when caught up",
                    ProcessorReading::lagSeconds);
            gauge(processor, "throughline.processor.dead.letters", null,
                    "Events parked in the processor's dead-letter queue, waiting for a retry from /admin",
                    current -> current.status().deadLetters());
            gauge(processor, "throughline.processor.error", null,
                    "1 while the processor is in ERROR (a handler failed; it retries), otherwise 0",
                    current -> "ERROR".equals(current.status().status()) ? 1 : 0);
        });
    }

    private void gauge(String processor, String name, String unit, String description,
                       ToDoubleFunction<ProcessorReading> value) {
        Gauge.builder(name, readings, all -> all.of(processor).map(value::applyAsDouble).orElse(Double.NaN))
                .tag("processor", processor).baseUnit(unit).description(description).strongReference(true)
                .register(registry);
    }
}
