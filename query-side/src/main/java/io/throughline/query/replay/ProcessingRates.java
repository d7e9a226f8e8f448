package io.throughline.query.replay;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each processor's speed, from the last two samples of its position. */
final class ProcessingRates {

    private final Map<String, Sample> previous = new ConcurrentHashMap<>();
    private final Map<String, Double> rates = new ConcurrentHashMap<>();

    double eventsPerSecond(String processor) {
        return rates.getOrDefault(processor, 0.0);
    }

    void sample(String processor, long position, long nanoTime) {
        Sample before = previous.put(processor, new Sample(position, nanoTime));
        if (before != null && nanoTime > before.nanoTime()) {
            double seconds = (nanoTime - before.nanoTime()) / 1e9;
            rates.put(processor, Math.max(0, position - before.position()) / seconds);
        }
    }

    /** A replay starts again from the beginning: the sample before it would read the reset as negative progress. */
    void restart(String processor) {
        previous.remove(processor);
        rates.remove(processor);
    }

    private record Sample(long position, long nanoTime) {
    }
}
