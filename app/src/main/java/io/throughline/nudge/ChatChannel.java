package io.throughline.nudge;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A team's chat webhook: one JSON POST of {@code {"text": …}}, what Slack's and Microsoft Teams' incoming webhooks
 * both take (both make the plain links in it clickable).
 */
@Component
class ChatChannel {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json;

    ChatChannel(ObjectMapper json) {
        this.json = json;
    }

    void send(Notice notice) throws DeliveryFailed {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(notice.address())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text", notice.text()))))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailed("the webhook answered " + response.statusCode());
            }
        } catch (IOException unreachable) {
            throw new DeliveryFailed("the webhook could not be reached: " + DeliveryFailed.rootMessage(unreachable));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted while posting to the webhook");
        }
    }
}
