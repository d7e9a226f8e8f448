package io.throughline.query.progress;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricTargetChanged;
import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.MilestoneAdded;
import io.throughline.kernel.priority.MilestoneCompleted;
import io.throughline.kernel.priority.MilestoneId;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.priority.PriorityWeighed;
import io.throughline.kernel.team.TeamId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress projection keeps every reading it gives a priority or a KPI as a version from the instant of the event
 * that made it, no Spring: grow over win (ARR, 0 to 100) and hire (one milestone). Read here as the dashboards read
 * them: a reading as of T is the one of the highest version from at or before T.
 */
class ProgressVersionsTest {

    private static final PriorityId GROW = new PriorityId("grow");
    private static final PriorityId WIN = new PriorityId("win");
    private static final PriorityId HIRE = new PriorityId("hire");
    private static final MetricId ARR = new MetricId("arr");
    private static final Period W28 = new Period("2023-W28");
    private static final Instant ASSIGNED = Instant.parse("2023-07-03T09:00:00Z");
    private static final Instant RECORDED = Instant.parse("2023-07-17T09:00:00Z");
    private static final Instant CORRECTED = Instant.parse("2023-07-31T09:00:00Z");
    private static final Instant RETARGETED = Instant.parse("2023-08-14T09:00:00Z");
    private static final Instant MILESTONE_DONE = Instant.parse("2023-08-28T09:00:00Z");
    private static final Instant DROPPED = Instant.parse("2023-09-11T09:00:00Z");

    private final ProgressFeed feed = new ProgressFeed();

    @Test
    void eachInstantReadsTheProgressComputedThen() {
        history();

        assertThat(progressAt(GROW, ASSIGNED)).as("hire's milestone not done").isEqualByComparingTo("0.0");
        assertThat(progressAt(WIN, ASSIGNED)).as("no value yet").isNull();
        assertThat(progressAt(WIN, RECORDED)).isEqualByComparingTo("40.0");
        assertThat(progressAt(GROW, RECORDED)).as("(40 + 0) / 2").isEqualByComparingTo("20.0");
        assertThat(progressAt(GROW, CORRECTED.minusSeconds(1))).as("a second before the correction")
                .isEqualByComparingTo("20.0");
        assertThat(progressAt(WIN, CORRECTED)).isEqualByComparingTo("60.0");
        assertThat(progressAt(GROW, CORRECTED)).isEqualByComparingTo("30.0");
        assertThat(progressAt(WIN, RETARGETED)).as("60 of 120").isEqualByComparingTo("50.0");
        assertThat(progressAt(GROW, RETARGETED)).isEqualByComparingTo("25.0");
        assertThat(progressAt(HIRE, MILESTONE_DONE)).isEqualByComparingTo("100.0");
        assertThat(progressAt(GROW, MILESTONE_DONE)).as("(50 + 100) / 2").isEqualByComparingTo("75.0");
        assertThat(progressAt(GROW, DROPPED)).as("hire dropped").isEqualByComparingTo("50.0");
        assertThat(progressAt(HIRE, DROPPED)).as("a dropped priority keeps its reading").isEqualByComparingTo("100.0");

        assertThat(kpiAt(ARR, RECORDED.minusSeconds(1)).contribution()).isNull();
        assertThat(kpiAt(ARR, CORRECTED).contribution()).isEqualByComparingTo("60.0");
        assertThat(kpiAt(ARR, RETARGETED).contribution()).isEqualByComparingTo("50.0");
        assertThat(progressAt(GROW, ASSIGNED.minusSeconds(1))).as("before it was assigned, no reading").isNull();
    }

    @Test
    void eventsThatChangeNoReadingMakeNoVersionAndTheLastOfOneInstantWins() {
        history();
        long priorities = feed.priorityVersions.size();
        long kpis = feed.kpiVersions.size();

        feed.on(new PriorityStatusUpdated(WIN, new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.ON_TRACK),
                "going", null));
        feed.on(new MetricRecorded(ARR, new Period("2023-W27"), new BigDecimal("10"), null));
        assertThat(feed.priorityVersions.size()).as("a status changes no progress").isEqualTo(priorities);
        assertThat(feed.kpiVersions.size()).as("a period before the first with a baseline set moves nothing")
                .isEqualTo(kpis);

        Instant later = Instant.parse("2023-09-20T09:00:00Z");
        feed.at(later, new MetricRecorded(ARR, new Period("2023-W37"), new BigDecimal("90"), null));
        feed.at(later, new MetricRecorded(ARR, new Period("2023-W38"), new BigDecimal("96"), null));
        assertThat(progressAt(WIN, later)).as("96 of 120, two readings at one instant")
                .isEqualByComparingTo("80.0");
        assertThat(progressAt(GROW, later)).isEqualByComparingTo("80.0");
    }

    @Test
    void aNewWeightIsANewReadingThoughTheProgressStays() {
        history();
        Instant weighed = Instant.parse("2023-09-20T09:00:00Z");
        feed.at(weighed, new PriorityWeighed(WIN, new Change<>(BigDecimal.ONE, new BigDecimal("3")), null));

        PriorityProgressVersionEntry newest = newest(WIN, weighed).orElseThrow();
        assertThat(newest.validFrom()).isEqualTo(weighed);
        assertThat(newest.progress()).isEqualByComparingTo("50.0");
    }

    @Test
    void aKpiLinkedToAnotherPriorityReadsAsMeasuringItFromThen() {
        history();
        Instant relinked = Instant.parse("2023-09-20T09:00:00Z");
        feed.at(relinked, new MetricDefinitionChanged(ARR, null, null, null, new Change<>(WIN, HIRE)));

        assertThat(kpiAt(ARR, relinked.minusSeconds(1)).priorityId()).isEqualTo(WIN.value());
        assertThat(kpiAt(ARR, relinked).priorityId()).isEqualTo(HIRE.value());
        assertThat(progressAt(WIN, relinked)).as("nothing measures it any more").isNull();
    }

    @Test
    void aReplayStartsTheVersionsFromNothing() {
        history();
        feed.projection.reset();

        assertThat(feed.priorityVersions.size()).isZero();
        assertThat(feed.kpiVersions.size()).isZero();
    }

    /** Grow over win and hire; ARR reads 40, is corrected to 60, its target moves to 120; hire's done, then dropped. */
    private void history() {
        feed.at(ASSIGNED, assigned(GROW, null));
        feed.at(ASSIGNED, assigned(WIN, GROW));
        feed.at(ASSIGNED, assigned(HIRE, GROW));
        feed.at(ASSIGNED, new MetricDefined(ARR, new TeamId("sales"), "ARR", "k€", new BigDecimal("100"),
                Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, new PersonId("sven"), null, null, MetricKind.LAGGING, WIN,
                BigDecimal.ZERO, null));
        feed.at(ASSIGNED, new MilestoneAdded(HIRE, new MilestoneId("offer"), "Offer signed", LocalDate.of(2023, 8, 31),
                new PersonId("sven")));
        feed.at(RECORDED, new MetricRecorded(ARR, W28, new BigDecimal("40"), null));
        feed.at(CORRECTED, new MetricValueCorrected(ARR, W28, new Change<>(new BigDecimal("40"), new BigDecimal("60")),
                "late deals"));
        feed.at(RETARGETED, new MetricTargetChanged(ARR, new Change<>(new BigDecimal("100"), new BigDecimal("120")),
                null, null, "board raised the bar"));
        feed.at(MILESTONE_DONE, new MilestoneCompleted(HIRE, new MilestoneId("offer"), "Offer signed"));
        feed.at(DROPPED, new PriorityDropped(HIRE, new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.DROPPED),
                "hiring freeze"));
    }

    private BigDecimal progressAt(PriorityId priority, Instant instant) {
        return newest(priority, instant).map(PriorityProgressVersionEntry::progress).orElse(null);
    }

    private Optional<PriorityProgressVersionEntry> newest(PriorityId priority, Instant instant) {
        return feed.priorityVersions.stream()
                .filter(version -> version.priorityId().equals(priority.value())
                        && !version.validFrom().isAfter(instant))
                .max(Comparator.comparingLong(PriorityProgressVersionEntry::version));
    }

    private KpiProgressVersionEntry kpiAt(MetricId metric, Instant instant) {
        return feed.kpiVersions.stream()
                .filter(version -> version.metricId().equals(metric.value()) && !version.validFrom().isAfter(instant))
                .max(Comparator.comparingLong(KpiProgressVersionEntry::version)).orElseThrow();
    }

    private static PriorityAssigned assigned(PriorityId priority, PriorityId parent) {
        return new PriorityAssigned(priority, new TeamId("sales"), new Quarter("2023-Q3"), "Title of " + priority,
                new PersonId("sven"), null, null, parent, null);
    }
}
