package io.throughline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two commands on two nodes, or two threads of one: the event that took its place in the log first may commit last,
 * and then reaches the projections after the later one. It still gets its own audit row and its own place in the chain.
 */
@ThroughlineIntegrationTest
class LateCommitTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore log;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate sql;

    @Test
    void anEventCommittedAfterALaterOneIsAuditedAndChainedInItsPlace() throws Exception {
        String early = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        CountDownLatch earlyAppended = new CountDownLatch(1);
        CountDownLatch laterCommitted = new CountDownLatch(1);
        Thread slowTransaction = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.publish(registered(early, "Early, committed late"));
            earlyAppended.countDown();
            awaitQuietly(laterCommitted);
        }));
        slowTransaction.start();
        assertThat(earlyAppended.await(10, TimeUnit.SECONDS)).isTrue();
        log.publish(registered(later, "Later, committed at once"));
        laterCommitted.countDown();
        slowTransaction.join();

        long earlyPosition = positionOf(early);
        long laterPosition = positionOf(later);
        assertThat(earlyPosition).as("the early event's place in the log").isLessThan(laterPosition);
        Api auditor = new Api(port).as("lou", "AUDITOR");
        eventually(() -> {
            assertThat(auditedAggregateAt(earlyPosition)).isEqualTo(early);
            assertThat(auditedAggregateAt(laterPosition)).isEqualTo(later);
            assertThat(sql.queryForObject("select count(*) from event_hash where global_sequence in (?, ?)", Long.class,
                    earlyPosition, laterPosition)).isEqualTo(2);
            JsonNode verification = auditor.get("/api/audit/verify").body();
            assertThat(verification.get("firstBrokenAt").isNull()).as(verification.toString()).isTrue();
            assertThat(verification.get("verified").asLong())
                    .isEqualTo(sql.queryForObject("select count(*) from domain_event_entry", Long.class));
        });
    }

    private static GenericDomainEventMessage<TeamRegistered> registered(String team, String name) {
        return new GenericDomainEventMessage<>("Team", team, 0, new TeamRegistered(new TeamId(team), name, null),
                MetaData.with(AuditMetadata.ACTOR, "lou"));
    }

    private long positionOf(String aggregate) {
        return sql.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?", Long.class,
                aggregate);
    }

    private String auditedAggregateAt(long position) {
        return sql.query("select aggregate_id from audit_entry where global_sequence = ?",
                (row, i) -> row.getString(1), position).stream().findFirst().orElse(null);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
