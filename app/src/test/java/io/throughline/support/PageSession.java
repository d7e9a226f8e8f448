package io.throughline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web pages as a browser without scripts reads them: signed in with the form (session cookie, CSRF token), as the
 * first admin or anyone else. Cheaper than a real browser where only the HTML and the forms matter.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private String csrf;

    private PageSession(int port) {
        this(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), port, null);
    }

    private PageSession(HttpClient http, int port, String csrf) {
        this.http = http;
        this.base = "http://localhost:" + port;
        this.csrf = csrf;
    }

    public static PageSession admin(int port) {
        return signedIn(port, "admin", Api.ADMIN_PASSWORD);
    }

    public static PageSession signedIn(int port, String username, String password) {
        PageSession session = new PageSession(port);
        session.get("/login");
        HttpResponse<String> signedIn = session.post("/login", "username=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError(username + " cannot sign in with the form: " + signedIn.statusCode());
        }
        return session;
    }

    /**
     * The same browser (its cookies, and the CSRF token of the page it read last) talking to the service on another
     * port: another node, as a load balancer without stickiness sends it there.
     */
    public PageSession at(int port) {
        return new PageSession(http, port, csrf);
    }

    /** The session's client, with its cookie, for callers that send their own requests (the bench's page timings). */
    public HttpClient client() {
        return http;
    }

    /** A request for a page of the service. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    /** The page; its CSRF token, if it has a form, is sent with the next post. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> page = send(request(path).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** Posts a form (url-encoded fields, may be empty) with the CSRF token of the page read last. */
    public HttpResponse<String> post(String path, String fields) {
        String form = (fields.isEmpty() ? "" : fields + "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
