package io.throughline.web;

import io.throughline.query.progress.DashboardProgress;
import io.throughline.query.progress.LogRange;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard processor of the running service tells the pages when it has handled a write, and only then. */
@ThroughlineIntegrationTest
class DashboardProgressTest {

    @LocalServerPort
    int port;
    @Autowired
    DashboardProgress progress;
    @Autowired
    EventStore log;

    @Test
    void aWriteIsReportedHandledOnceTheDashboardProcessorHasPassedIt() {
        TrackingToken before = log.createHeadToken();
        new Api(port).company("Progress Co", "pia-progress");
        LogRange written = LogRange.between(before, log.createHeadToken());

        assertThat(written.upTo()).isGreaterThan(written.after());
        assertThat(progress.handled(written, Duration.ofSeconds(10)).join()).isTrue();
    }

    @Test
    void aPositionNotYetWrittenIsNeverReportedHandled() {
        long head = LogRange.between(null, log.createHeadToken()).upTo();

        assertThat(progress.handled(new LogRange(head, head + 1), Duration.ofMillis(300)).join()).isFalse();
    }
}
