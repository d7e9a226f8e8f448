package io.throughline.nudge;

import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.nudge.NotificationDefaults;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** When the weekly digest is due, and how long a failed delivery waits: without Spring. */
class DigestScheduleTest {

    static final NotificationDefaults WEDNESDAY_IN_OSLO = new NotificationDefaults(DayOfWeek.WEDNESDAY, 9,
            "Europe/Oslo", NotificationChoices.DEFAULT);

    @Test
    void theDigestOfAWeekIsDueFromItsDayAndHourUntilTheWeekEnds() {
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-30T07:59:59Z"), NotificationDefaults.DEFAULT)).isEmpty();
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-30T08:00:00Z"), NotificationDefaults.DEFAULT))
                .contains("2026-W49");
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-12-06T23:59:00Z"), NotificationDefaults.DEFAULT))
                .contains("2026-W49");
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-12-07T07:00:00Z"), NotificationDefaults.DEFAULT))
                .as("the next Monday before eight").isEmpty();
    }

    @Test
    void theDayAndHourAreTheOrganisationsInItsTimeZone() {
        // 09:00 in Oslo is 08:00 UTC in winter.
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-12-02T07:59:00Z"), WEDNESDAY_IN_OSLO)).isEmpty();
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-12-02T08:00:00Z"), WEDNESDAY_IN_OSLO))
                .contains("2026-W49");
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-12-06T23:30:00Z"), WEDNESDAY_IN_OSLO))
                .as("already Monday of week 50 in Oslo, before Wednesday").isEmpty();
    }

    @Test
    void aFailedDeliveryWaitsTwiceAsLongEachTimeUpToTheLongestWait() {
        NudgeProperties properties = new NudgeProperties(URI.create("https://t.example.com/"), "t@example.com",
                Duration.ofSeconds(30), 14, 7, 30, 14, Duration.ofMinutes(1), Duration.ofMinutes(5));

        assertThat(IntStream.rangeClosed(1, 5).mapToObj(properties::retryAfter).toList())
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                        Duration.ofMinutes(5), Duration.ofMinutes(5));
        assertThat(properties.link("/me")).isEqualTo("https://t.example.com/me");
    }
}
