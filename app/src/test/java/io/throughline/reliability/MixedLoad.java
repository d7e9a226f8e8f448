package io.throughline.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients sending a mix of commands as fast as they are answered: status reports on priorities, KPI values, new
 * priorities. Each command has an {@code Idempotency-Key} of its own and a marker (in the comment, note or title) that
 * its event carries in its payload, and nowhere else: the event log says which commands took effect, and how often.
 */
final class MixedLoad {

    /** How a command ended for the client. */
    enum Outcome {
        /** A 2xx: the service promised the change is stored. */
        ACKNOWLEDGED,
        /** A 4xx or 5xx. */
        REFUSED,
        /** Sent, and no answer came: the connection broke. It may or may not have taken effect. */
        IN_FLIGHT,
        /** No connection could be made: it never reached the service. */
        NOT_SENT
    }

    /** @param kind what it is, in the plural: "status reports" */
    record Command(String kind, String method, String path, Map<String, Object> body, String key, String marker) {

        Api.Response sendWith(Api api) {
            return api.send(method, path, body, "Idempotency-Key", key);
        }
    }

    /** A command and how it ended; for an acknowledged one, the aggregate and version the service answered. */
    record Attempt(Command command, Outcome outcome, int status, String aggregate, long version) {
    }

    private static final LocalDate FIRST_WEEK = LocalDate.of(2000, 1, 3);
    private static final List<String> STATUSES = List.of("ON_TRACK", "AT_RISK", "OFF_TRACK");

    private final Api api;
    private final String team;
    private final String owner;
    private final List<String> priorities;
    private final List<String> metrics;
    private final List<AtomicInteger> weeksRecorded;
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Throwable> clientFailures = new ConcurrentLinkedQueue<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean running = true;

    MixedLoad(Api api, String team, String owner, List<String> priorities, List<String> metrics) {
        this.api = api;
        this.team = team;
        this.owner = owner;
        this.priorities = priorities;
        this.metrics = metrics;
        this.weeksRecorded = metrics.stream().map(metric -> new AtomicInteger()).toList();
    }

    void start(int clientCount) {
        for (int i = 0; i < clientCount; i++) {
            Thread client = new Thread(this::sendUntilStopped, "crash-client-" + i);
            clients.add(client);
            client.start();
        }
    }

    long acknowledged() {
        return acknowledged.get();
    }

    /** Lets every client finish the command it is sending, and answers all attempts. */
    List<Attempt> stop() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join();
        }
        return List.copyOf(attempts);
    }

    /** Answers failures of the clients themselves (not of the service): none, or the load proves nothing. */
    List<Throwable> clientFailures() {
        return List.copyOf(clientFailures);
    }

    private void sendUntilStopped() {
        try {
            while (running) {
                Attempt attempt = send(next());
                attempts.add(attempt);
                if (attempt.outcome() == Outcome.ACKNOWLEDGED) {
                    acknowledged.incrementAndGet();
                }
            }
        } catch (RuntimeException | Error failure) {
            clientFailures.add(failure);
        }
    }

    /** Sends once; a broken connection is an outcome here, not an error. */
    Attempt send(Command command) {
        try {
            Api.Response response = command.sendWith(api);
            if (response.status() / 100 != 2) {
                return new Attempt(command, Outcome.REFUSED, response.status(), null, -1);
            }
            JsonNode answer = response.body();
            // A KPI value's answer names its metric metricId, the others their aggregate id.
            return new Attempt(command, Outcome.ACKNOWLEDGED, response.status(),
                    answer.path("id").asText(answer.path("metricId").asText()), answer.get("version").asLong());
        } catch (UncheckedIOException broken) {
            return new Attempt(command, broken.getCause() instanceof ConnectException ? Outcome.NOT_SENT
                    : Outcome.IN_FLIGHT, 0, null, -1);
        }
    }

    private Command next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String key = UUID.randomUUID().toString();
        String marker = "crash-" + key;
        return switch (random.nextInt(3)) {
            case 0 -> new Command("status reports", "POST",
                    "/api/priorities/" + priorities.get(random.nextInt(priorities.size())) + "/status",
                    Map.of("status", STATUSES.get(random.nextInt(STATUSES.size())), "comment", marker,
                            "confidence", 1 + random.nextInt(5)), key, marker);
            case 1 -> {
                int metric = random.nextInt(metrics.size());
                Period week = Period.of(Cadence.WEEKLY, FIRST_WEEK.plusWeeks(weeksRecorded.get(metric).getAndIncrement()));
                yield new Command("KPI values", "POST", "/api/metrics/" + metrics.get(metric) + "/values",
                        Map.of("period", week.value(), "value", random.nextInt(1000), "note", marker), key, marker);
            }
            default -> new Command("new priorities", "POST", "/api/priorities",
                    Map.of("teamId", team, "quarter", "2026-Q4", "title", marker, "ownerId", owner), key, marker);
        };
    }
}
