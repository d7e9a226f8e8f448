package io.throughline.nudge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A chat webhook to post to: a real HTTP server (the JDK's) on a free port, keeping the "text" of each JSON body it
 * receives, and answering 200 as Slack and Teams do.
 */
final class Webhook implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> texts = new CopyOnWriteArrayList<>();

    Webhook() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/harbour", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean json = exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/json");
            texts.add(json ? JSON.readTree(body).path("text").asText() : "not JSON: " + body);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hooks/harbour";
    }

    List<String> texts() {
        return List.copyOf(texts);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
