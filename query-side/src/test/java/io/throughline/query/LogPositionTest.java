package io.throughline.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The log's positions 9, 11 and 8: event 8 committed last and fills a gap, under a token that stays at 11. The
 * projection handles 9 and 8 only, because the dead-letter queue parked 11 behind an earlier failure of its aggregate.
 */
class LogPositionTest {

    private final TrackedEventMessage<?> nine = event("nine", GapAwareTrackingToken.newInstance(9, Set.of(8L)));
    private final TrackedEventMessage<?> eleven = event("eleven", GapAwareTrackingToken.newInstance(11, Set.of(8L, 10L)));
    private final TrackedEventMessage<?> eight = event("eight", GapAwareTrackingToken.newInstance(11, Set.of(10L)));
    private final Map<String, Long> log = Map.of("nine", 9L, "eleven", 11L, "eight", 8L);
    private final List<String> lookedUp = new ArrayList<>();
    private LogPosition positions;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void logReadBy() {
        EntityManager entityManager = mock(EntityManager.class);
        TypedQuery<Long> query = mock(TypedQuery.class);
        String[] id = new String[1];
        when(entityManager.createQuery(anyString(), eq(Long.class))).thenReturn(query);
        when(query.setParameter(eq("id"), any())).thenAnswer(call -> {
            id[0] = call.getArgument(1);
            lookedUp.add(id[0]);
            return query;
        });
        when(query.getSingleResult()).thenAnswer(call -> log.get(id[0]));
        positions = new LogPosition(entityManager);
    }

    @Test
    void aGapFilledAfterAnEventTheProjectionNeverHandledIsReadFromTheLog() {
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(nine, eleven, eight);

        assertThat(positions.of(nine, nine.trackingToken(), batch)).isEqualTo(9);
        assertThat(positions.of(eight, eight.trackingToken(), batch)).isEqualTo(8);
        assertThat(lookedUp).as("the first of the batch, and the gap filled").containsExactly("nine", "eight");
    }

    @Test
    void anEventThatMovesTheTokenIsAtTheTokensPosition() {
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(nine, eleven, eight);

        assertThat(positions.of(eleven, eleven.trackingToken(), batch)).isEqualTo(11);
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void aRetriedDeadLetterOutsideABatchIsReadFromTheLog() {
        assertThat(positions.of(eleven, eleven.trackingToken(), new DefaultUnitOfWork<>(eleven))).isEqualTo(11);
        assertThat(lookedUp).containsExactly("eleven");
    }

    private static TrackedEventMessage<?> event(String id, GapAwareTrackingToken token) {
        return new GenericTrackedDomainEventMessage<>(token,
                new GenericDomainEventMessage<>("Team", "team-" + id, 0, id, MetaData.emptyInstance(), id, Instant.EPOCH));
    }
}
