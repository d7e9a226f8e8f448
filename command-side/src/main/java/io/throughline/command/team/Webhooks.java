package io.throughline.command.team;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;

import java.net.URI;
import java.net.URISyntaxException;

/** What may be a team's chat webhook: an absolute http(s) address, as Slack and Microsoft Teams give them. */
final class Webhooks {

    private Webhooks() {
    }

    /** The address as given, stripped; blank is none. Refused on {@code url} when it cannot be a webhook. */
    static String url(String given) {
        String url = Require.optionalText(given);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && url.length() <= 2000) {
                return url;
            }
        } catch (URISyntaxException unreadable) {
            // refused below, as any other address that is no webhook
        }
        throw CommandRejectedException.invalid("url", "must be an http(s) address such as "
                + "https://hooks.slack.com/services/..., at most 2000 characters");
    }
}
