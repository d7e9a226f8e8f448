package io.throughline.nudge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * The nudges: digests and notices by e-mail and chat webhook (README, "Nudges"). The mail server is Spring's own
 * {@code spring.mail.*}; when and to whom is set by admins and people themselves (/admin, /account).
 *
 * @param baseUrl        The service's address as people reach it, which the links in e-mails and chat messages start
 *                       with, such as https://throughline.example.com.
 * @param from           The sender of the e-mails.
 * @param checkEvery     How often each node looks for digests to decide and notices to deliver. Prompt notices are
 *                       recorded as their events arrive and go out at the next look.
 * @param unreportedDays A priority with no status report for longer than this many days is in its owner's digest.
 * @param dueSoonDays    A priority due within this many days is in its owner's digest.
 * @param silentDays     A direct report without a check-in for longer than this many days is in their leader's digest.
 * @param stuckDays      A stuck item open for longer than this many days is in the digest of its team's lead.
 * @param firstRetry     How long after a failed delivery it is tried again; each later failure waits twice as long.
 * @param longestRetry   The longest wait between two attempts: a notice is tried until it is delivered.
 */
@ConfigurationProperties("throughline.nudges")
public record NudgeProperties(@DefaultValue("http://localhost:8080") URI baseUrl,
                              @DefaultValue("Throughline <throughline@localhost>") String from,
                              @DefaultValue("30s") Duration checkEvery,
                              @DefaultValue("14") int unreportedDays,
                              @DefaultValue("7") int dueSoonDays,
                              @DefaultValue("30") int silentDays,
                              @DefaultValue("14") int stuckDays,
                              @DefaultValue("1m") Duration firstRetry,
                              @DefaultValue("1h") Duration longestRetry) {

    DueThresholds thresholds() {
        return new DueThresholds(unreportedDays, dueSoonDays, silentDays, stuckDays);
    }

    /** The page's absolute address: {@code path} from the service's root. */
    String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The wait before the next attempt, after {@code attempts} failed ones. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
