package io.throughline.query.audit;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.audit.AuditEntry;
import io.throughline.kernel.audit.FieldChange;
import io.throughline.kernel.audit.GetPriorityHistory;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.support.InMemoryRepository;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The audit trail fed events as its processor delivers them, read as a priority's history. */
class AuditProjectionTest {

    private static final PriorityId GROW = new PriorityId("grow");
    private static final TeamId SALES = new TeamId("sales");
    private static final PersonId MONA = new PersonId("mona");
    private static final PersonId LENA = new PersonId("lena");

    private final AuditEntryRecordRepository entries = InMemoryRepository.of(AuditEntryRecordRepository.class,
            AuditEntryRecord.class);
    // Axon Server's kind of token carries each event's own position: the projection never asks the log for it.
    private final AuditProjection projection = new AuditProjection(entries, entries::saveAll, null);
    private final AuditQueries queries = new AuditQueries(entries, null);

    @Test
    void everyEventIsInTheHistoryWithWhoCausedItWhyAndWhatItChanged() {
        deliver(1, 0, new PriorityAssigned(GROW, SALES, new Quarter("2026-Q4"), "Grow ARR", MONA, null, null, null, null), "mona");
        deliver(2, 1, new PriorityReassigned(GROW, new Change<>(MONA, LENA), "Lena runs sales"), "dana");

        List<AuditEntry> history = queries.handle(new GetPriorityHistory(GROW)).orElseThrow().entries();
        assertThat(history).extracting(AuditEntry::type, AuditEntry::actor)
                .containsExactly(tuple("PriorityAssigned", "mona"),
                        tuple("PriorityReassigned", "dana"));
        assertThat(history.get(1).reason()).isEqualTo("Lena runs sales");
        assertThat(history.get(1).changes()).containsEntry("ownerId", new FieldChange("mona", "lena"));
    }

    @Test
    void anEventThatNamesNoTeamIsFiledUnderTheTeamOfItsAggregatesFirstEvent() {
        deliver(1, 0, new PriorityAssigned(GROW, SALES, new Quarter("2026-Q4"), "Grow ARR", MONA, null, null, null, null), "mona");
        deliver(2, 1, new PriorityReassigned(GROW, new Change<>(MONA, LENA), "Lena runs sales"), "dana");

        assertThat(entries.findById(2L)).map(row -> row.toLogEntry().teamId()).contains("sales");
    }

    @Test
    void afterARestartTheTeamOfAnAggregateSeenBeforeIsReadFromItsFirstEntry() {
        deliver(1, 0, new PriorityAssigned(GROW, SALES, new Quarter("2026-Q4"), "Grow ARR", MONA, null, null, null, null), "mona");
        AuditProjection restarted = new AuditProjection(entries, entries::saveAll, null);
        deliver(restarted, 2, 1, new PriorityReassigned(GROW, new Change<>(MONA, LENA), "Lena runs sales"), "dana");

        assertThat(entries.findById(2L)).map(row -> row.toLogEntry().teamId()).contains("sales");
    }

    @Test
    void anEventWithoutActorWasCausedByTheSystem() {
        deliver(1, 0, new PriorityAssigned(GROW, SALES, new Quarter("2026-Q4"), "Grow ARR", MONA, null, null, null, null), null);

        assertThat(queries.handle(new GetPriorityHistory(GROW)).orElseThrow().entries().get(0).actor())
                .isEqualTo(AuditMetadata.SYSTEM);
    }

    @Test
    void aResetForgetsTheTrail() {
        deliver(1, 0, new PriorityAssigned(GROW, SALES, new Quarter("2026-Q4"), "Grow ARR", MONA, null, null, null, null), "mona");
        projection.reset();

        assertThat(queries.handle(new GetPriorityHistory(GROW))).isEmpty();
    }

    private void deliver(long position, long sequence, Object payload, String actor) {
        deliver(projection, position, sequence, payload, actor);
    }

    private static void deliver(AuditProjection projection, long position, long sequence, Object payload,
                                String actor) {
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Priority", GROW.value(), sequence, payload,
                actor == null ? MetaData.emptyInstance() : MetaData.with(AuditMetadata.ACTOR, actor));
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(event);
        try {
            projection.on(payload, event, new GlobalSequenceTrackingToken(position), batch, actor, null);
        } finally {
            batch.commit();
        }
    }
}
