package io.throughline.web;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import io.throughline.query.progress.DashboardProgress;
import io.throughline.query.progress.LogRange;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
    @Autowired
    QueryGateway queries;

    @Test
    void aWriteIsReportedHandledOnceThePagesCanReadIt() {
        TrackingToken before = log.createHeadToken();
        String team = new Api(port).company("Progress Co", "pia-progress");
        LogRange written = LogRange.between(before, log.createHeadToken());

        assertThat(written.upTo()).isGreaterThan(written.after());
        assertThat(progress.handled(written, Duration.ofSeconds(10)).join()).isTrue();
        assertThat(queries.query(new FindTeam(new TeamId(team)), ResponseTypes.optionalInstanceOf(TeamView.class)).join())
                .as("read at once, without retrying").hasValueSatisfying(found ->
                        assertThat(found.leadId()).isEqualTo(new PersonId("pia-progress")));
    }

    @Test
    void aPositionNotYetWrittenIsNeverReportedHandled() {
        long head = LogRange.between(null, log.createHeadToken()).upTo();

        assertThat(progress.handled(new LogRange(head, head + 1), Duration.ofMillis(300)).join()).isFalse();
    }
}
