package io.throughline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain HTTP client for the service under test, as any API user would call it: signed in as the first admin unless
 * told to act as someone else.
 */
public final class Api {

    /** The first admin's password in tests; production has none built in. */
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** The role each user was created with, per service. */
    private static final Map<String, String> PROVISIONED = new ConcurrentHashMap<>();

    private final int port;
    private final String baseUrl;
    private final String authorization;

    public Api(int port) {
        this(port, basic("admin", ADMIN_PASSWORD));
    }

    private Api(int port, String authorization) {
        this.port = port;
        this.baseUrl = "http://localhost:" + port;
        this.authorization = authorization;
    }

    /** The same service, signed in as the user, who is created (as a leader) on first use. */
    public Api as(String username) {
        return as(username, "LEADER");
    }

    /**
     * The same service, signed in as the user, who is created with the role on first use. Test classes share a
     * database: a name another test created with other roles is refused here, rather than silently signing in as it.
     */
    public Api as(String username, String role) {
        String key = baseUrl + " " + username;
        String existingRole = PROVISIONED.putIfAbsent(key, role);
        if (existingRole == null) {
            Response created = new Api(port).post("/api/admin/users", Map.of("username", username,
                    "roles", List.of(role), "password", passwordOf(username)));
            if (created.status() != 201 && created.status() != 409) {
                throw new AssertionError("cannot create user " + username + ": " + created.body());
            }
        } else if (!existingRole.equals(role)) {
            throw new AssertionError(username + " is already a " + existingRole + " in this database; choose another name");
        }
        return new Api(port, basic(username, passwordOf(username)));
    }

    /**
     * Gives each of these people an account (as a leader, if new), so that they can be named as owners, leads, members
     * or attendees: a command naming someone without an account is refused. Returns this same client.
     */
    public Api people(String... usernames) {
        for (String username : usernames) {
            as(username);
        }
        return this;
    }

    /**
     * As the admin: registers a root team (a company) and appoints its lead, created as a leader if new; the lead may
     * then do everything in that organisation. Returns the team's id.
     */
    public String company(String name, String lead) {
        as(lead);
        String team = create("/api/teams", Map.of("name", name));
        Response appointed = send("PUT", "/api/teams/" + team + "/lead", Map.of("personId", lead));
        if (appointed.status() != 204) {
            throw new AssertionError("cannot appoint " + lead + " to lead " + name + ": " + appointed.body());
        }
        return team;
    }

    /** The same service, with a personal access token. */
    public Api withToken(String token) {
        return new Api(port, "Bearer " + token);
    }

    /** The same service, without credentials. */
    public Api anonymous() {
        return new Api(port, null);
    }

    public static String passwordOf(String username) {
        return username + "-password-for-tests";
    }

    /** The Authorization header of HTTP Basic, for requests that send their own (a wrong password, say). */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Posts a body: a JSON string, or an object written as JSON. */
    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    /** Posts a body (a JSON string, or an object written as JSON) signed in as the user. */
    public Response post(String path, Object body, String user) {
        return as(user).post(path, body);
    }

    /** Sends a body with any method, with optional headers given as name, value, name, value... */
    public Response send(String method, String path, Object body, String... headers) {
        String json = body == null ? "" : body instanceof String text ? text : write(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /**
     * Sends bytes as they are, with any content type (none if null) and headers (name, value...), in chunks without a
     * Content-Length if asked: for bodies that no JSON writer would produce.
     */
    public Response sendRaw(String method, String path, String contentType, byte[] body, boolean chunked, String... headers) {
        HttpRequest.BodyPublisher publisher = body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Posts and expects 201, returning the new id. */
    public String create(String path, Map<String, ?> body) {
        Response response = post(path, body);
        if (response.status() != 201) {
            throw new AssertionError("POST " + path + " answered " + response.status() + ": " + response.body());
        }
        return response.body().get("id").asText();
    }

    /**
     * A GET's body exactly as the service wrote it (field order, number scales, spacing), for tests of an answer's text
     * rather than its content; fails unless it answers 200.
     */
    public String text(String path) {
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request);
        try {
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = response.body().isEmpty() ? JSON.nullNode()
                    : contentType.contains("json") || contentType.isEmpty() ? JSON.readTree(response.body())
                    : JSON.getNodeFactory().textNode(response.body());
            return new Response(response.statusCode(), body, response.headers().map(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON body as a tree; any other body (CSV, HTML) as one text node. */
    public record Response(int status, JsonNode body, Map<String, java.util.List<String>> headers, String contentType) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
