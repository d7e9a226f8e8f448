package io.throughline.storage;

import io.throughline.support.Api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Clients that each rename their own priority over and over and read it back after every change, recording every
 * answer. Each change carries an Idempotency-Key, and a change answered 503 is sent again with the same key until it
 * is acknowledged, as a client that honours the answer would (sooner than Retry-After asks, to keep the test short).
 */
final class ChangeLoad {

    /** Far beyond any bound the service promises: a request still unanswered then counts as a hang. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final long PAUSE_AFTER_503_MILLIS = 200;

    /**
     * @param change     the title a change sets, in the order the client sent it; null for a read
     * @param status     the HTTP status, or -1 for no answer (none within {@link #PATIENCE}, or the connection broke)
     * @param endedNanos when the answer came, on {@link System#nanoTime()}
     */
    record Answer(String change, int status, long millis, long endedNanos, String retryAfter, String contentType) {

        boolean write() {
            return change != null;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean stopping;

    ChangeLoad(int port, String username) {
        this.base = "http://localhost:" + port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + Api.passwordOf(username)).getBytes(StandardCharsets.UTF_8));
    }

    /** One client per priority. */
    void start(List<String> priorities) {
        for (String priority : priorities) {
            acknowledged.put(priority, new CopyOnWriteArrayList<>());
            Thread client = new Thread(() -> changeOverAndOver(priority), "client-" + priorities.indexOf(priority));
            clients.add(client);
            client.start();
        }
    }

    /** Lets every client finish the change it is sending, until acknowledged. */
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread client : clients) {
            client.join(PATIENCE.multipliedBy(3).toMillis());
        }
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** The titles each priority was given by an acknowledged change, in order. */
    Map<String, List<String>> acknowledged() {
        return acknowledged;
    }

    private void changeOverAndOver(String priority) {
        for (int change = 1; !stopping; change++) {
            String title = Thread.currentThread().getName() + " change " + change;
            String key = UUID.randomUUID().toString();
            Answer answer;
            do {
                answer = send(title, HttpRequest.newBuilder(URI.create(base + "/api/priorities/" + priority))
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title
                                + "\",\"reason\":\"load\"}")));
            } while (answer.status() == 503 && pause());
            if (answer.ok()) {
                acknowledged.get(priority).add(title);
            }
            send(null, HttpRequest.newBuilder(URI.create(base + "/api/priorities/" + priority)).GET());
        }
    }

    private Answer send(String change, HttpRequest.Builder request) {
        long started = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", authorization)
                    .timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(change, response.statusCode(), (System.nanoTime() - started) / 1_000_000,
                    System.nanoTime(), response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException unanswered) {
            answer = new Answer(change, -1, (System.nanoTime() - started) / 1_000_000, System.nanoTime(), null, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        answers.add(answer);
        return answer;
    }

    private static boolean pause() {
        try {
            Thread.sleep(PAUSE_AFTER_503_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
