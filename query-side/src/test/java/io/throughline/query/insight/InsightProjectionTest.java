package io.throughline.query.insight;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.support.InMemoryRepository;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import static io.throughline.kernel.priority.PriorityStatus.AT_RISK;
import static io.throughline.kernel.priority.PriorityStatus.COMPLETED;
import static io.throughline.kernel.priority.PriorityStatus.NOT_STARTED;
import static io.throughline.kernel.priority.PriorityStatus.ON_TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InsightProjectionTest {

    private static final PriorityId LOGOS = new PriorityId("logos");
    private static final Instant JULY_1 = Instant.parse("2026-07-01T09:00:00Z");
    private static final Instant JULY_11 = Instant.parse("2026-07-11T09:00:00Z");
    private static final Instant JULY_21 = Instant.parse("2026-07-21T09:00:00Z");
    private static final Instant AUGUST_1 = Instant.parse("2026-08-01T09:00:00Z");

    private final InsightPriorityRepository priorities = InMemoryRepository.of(InsightPriorityRepository.class,
            InsightPriority.class);
    private final StatusChangeRepository changes = InMemoryRepository.of(StatusChangeRepository.class,
            StatusChange.class);
    private final InsightProjection projection = new InsightProjection(priorities, changes, changes::saveAll);

    @Test
    void everyReportIsKeptWithItsTimeConfidenceAndTheOwnerThen() {
        projection.on(assigned(null));
        inBatch(batch -> projection.on(reported(ON_TRACK, NOT_STARTED, 8), 1, JULY_1, batch));
        projection.on(new PriorityReassigned(LOGOS, new Change<>(new PersonId("dana"), new PersonId("nina")), "swap"));
        inBatch(batch -> projection.on(reported(AT_RISK, ON_TRACK, 4), 3, JULY_11, batch));

        assertThat(rows()).extracting(StatusChange::changedAt, StatusChange::status, StatusChange::confidence,
                StatusChange::ownerId).containsExactly(
                tuple(JULY_1, ON_TRACK, 8, "dana"),
                tuple(JULY_11, AT_RISK, 4, "nina"));
    }

    @Test
    void aReportThatConfirmsTheStatusKeepsItAndStillCountsItsConfidence() {
        projection.on(assigned(null));
        inBatch(batch -> projection.on(reported(ON_TRACK, NOT_STARTED, 6), 1, JULY_1, batch));
        inBatch(batch -> projection.on(new PriorityStatusUpdated(LOGOS, null, "still fine", 9), 2, JULY_11,
                batch));

        assertThat(rows()).extracting(StatusChange::status, StatusChange::confidence)
                .containsExactly(tuple(ON_TRACK, 6), tuple(ON_TRACK, 9));
    }

    @Test
    void completionAndReinstatementEndAndRestartTheReportedStatus() {
        projection.on(assigned(null));
        inBatch(batch -> projection.on(reported(ON_TRACK, NOT_STARTED, null), 1, JULY_1, batch));
        inBatch(batch -> projection.on(new PriorityCompleted(LOGOS, new Change<>(ON_TRACK, COMPLETED), "signed"), 2,
                JULY_11, batch));
        inBatch(batch -> projection.on(new PriorityReinstated(LOGOS, new Change<>(COMPLETED, ON_TRACK),
                "not signed after all"), 3, JULY_21, batch));

        assertThat(rows()).extracting(StatusChange::changedAt, StatusChange::status)
                .containsExactly(tuple(JULY_1, ON_TRACK), tuple(JULY_11, COMPLETED), tuple(JULY_21, ON_TRACK));
        assertThat(priorities.findById(LOGOS.value()).orElseThrow().statusAfter(null)).isEqualTo(ON_TRACK);
    }

    @Test
    void movingOrRemovingADueDateIsASlipButSettingTheFirstIsPlanning() {
        projection.on(assigned(null));
        projection.on(changed(null, null, new Change<>(null, LocalDate.of(2026, 9, 1))));
        projection.on(changed(null, null, new Change<>(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 20))));
        projection.on(changed(new Change<>("Win logos", "Win two logos"), new Change<>("3 signed", "2 signed"),
                new Change<>(LocalDate.of(2026, 9, 20), null)));

        InsightPriority priority = priorities.findById(LOGOS.value()).orElseThrow();
        assertThat(priority.dueDateMoves()).isEqualTo(2);
        assertThat(priority.titleChanges()).isEqualTo(1);
        assertThat(priority.criterionChanges()).isEqualTo(1);
    }

    @Test
    void eventsOfAPriorityItNeverSawAreIgnored() {
        inBatch(batch -> projection.on(reported(ON_TRACK, NOT_STARTED, 5), 1, AUGUST_1, batch));

        assertThat(changes.findAll()).isEmpty();
    }

    @Test
    void aResetForgetsEverything() {
        projection.on(assigned(null));
        inBatch(batch -> projection.on(reported(ON_TRACK, NOT_STARTED, 5), 1, AUGUST_1, batch));

        projection.reset();

        assertThat(priorities.findAll()).isEmpty();
        assertThat(changes.findAll()).isEmpty();
    }

    /** An event in a batch of its own, committed as its processor commits it: then the batch's rows are written. */
    private static void inBatch(Consumer<UnitOfWork<?>> handling) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an event"));
        handling.accept(batch);
        batch.commit();
    }

    private List<StatusChange> rows() {
        return changes.findAll().stream().sorted(Comparator.comparing(StatusChange::changedAt)).toList();
    }

    private static PriorityAssigned assigned(LocalDate dueDate) {
        return new PriorityAssigned(LOGOS, new TeamId("sales"), new Quarter("2026-Q3"), "Win logos",
                new PersonId("dana"), "3 signed", dueDate, null, null);
    }

    private static PriorityStatusUpdated reported(PriorityStatus status, PriorityStatus before, Integer confidence) {
        return new PriorityStatusUpdated(LOGOS, new Change<>(before, status), null, confidence);
    }

    private static PriorityChanged changed(Change<String> title, Change<String> criterion, Change<LocalDate> due) {
        return new PriorityChanged(LOGOS, title, null, criterion, due, "moved");
    }
}
