package io.throughline.query.assessment;

import io.throughline.kernel.team.AssessmentDimension;
import io.throughline.kernel.team.AssessmentHistory;
import io.throughline.kernel.team.AssessmentHistory.DimensionHistory;
import io.throughline.kernel.team.AssessmentRecorded;
import io.throughline.kernel.team.GetAssessmentHistory;
import io.throughline.kernel.team.GetTeamAssessments;
import io.throughline.kernel.team.TeamAssessments;
import io.throughline.kernel.team.TeamAssessments.DimensionTrend;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.support.InMemoryRepository;
import io.throughline.query.team.KnownTeams;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentProjectionTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final LocalDate MAY = LocalDate.parse("2026-05-04");
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final AssessmentProjection projection = new AssessmentProjection(
            InMemoryRepository.of(AssessmentEntryRepository.class, AssessmentEntry.class), KnownTeams.of(SALES));

    @Test
    void aDimensionShowsItsBaselineItsLatestAssessmentAndTheChangeBetween() {
        record(0, AssessmentDimension.TEAM_DYNAMICS, "3.1", MAY, true);
        record(1, AssessmentDimension.TEAM_DYNAMICS, "3.4", MAY.plusMonths(3), false);
        record(2, AssessmentDimension.TEAM_DYNAMICS, "3.9", MAY.plusMonths(6), false);

        DimensionTrend trend = trends().dimensions().get(0);
        assertThat(trend.baseline().score()).isEqualByComparingTo("3.1");
        assertThat(trend.latest().score()).isEqualByComparingTo("3.9");
        assertThat(trend.delta()).isEqualByComparingTo("0.8");
    }

    @Test
    void aNewBaselineRestartsTheTrend() {
        record(0, AssessmentDimension.CULTURAL_HEALTH, "2.0", MAY, true);
        record(1, AssessmentDimension.CULTURAL_HEALTH, "4.0", MAY.plusMonths(6), true);

        DimensionTrend trend = trends().dimensions().get(0);
        assertThat(trend.baseline().score()).isEqualByComparingTo("4.0");
        assertThat(trend.delta()).isEqualByComparingTo("0");
    }

    @Test
    void aDimensionWithoutBaselineShowsNoTrend() {
        record(0, AssessmentDimension.DECISION_MAKING, "3.0", MAY, false);

        assertThat(trends().dimensions()).isEmpty();
    }

    @Test
    void theHistoryHoldsEveryAssessmentOfEachDimensionInTheOrderRecorded() {
        record(0, AssessmentDimension.TEAM_DYNAMICS, "3.1", MAY, true);
        record(1, AssessmentDimension.DECISION_MAKING, "2.0", MAY, true);
        record(2, AssessmentDimension.TEAM_DYNAMICS, "3.4", MAY.plusMonths(3), false);
        record(3, AssessmentDimension.TEAM_DYNAMICS, "2.9", MAY.plusMonths(6), false);

        AssessmentHistory history = projection.handle(new GetAssessmentHistory(SALES)).orElseThrow();

        assertThat(history.dimensions()).extracting(DimensionHistory::dimension)
                .containsExactly(AssessmentDimension.TEAM_DYNAMICS, AssessmentDimension.DECISION_MAKING);
        assertThat(history.dimensions().get(0).assessments()).extracting(a -> a.score().toPlainString())
                .containsExactly("3.1", "3.4", "2.9");
        assertThat(projection.handle(new GetAssessmentHistory(new TeamId("unknown")))).isEmpty();
    }

    @Test
    void anUnknownTeamHasNoAssessments() {
        assertThat(projection.handle(new GetTeamAssessments(new TeamId("unknown")))).isEmpty();
    }

    private void record(long sequence, AssessmentDimension dimension, String score, LocalDate date, boolean baseline) {
        projection.on(new AssessmentRecorded(SALES, dimension, new BigDecimal(score), 7, date, baseline), sequence, AT);
    }

    private TeamAssessments trends() {
        return projection.handle(new GetTeamAssessments(SALES)).orElseThrow();
    }
}
