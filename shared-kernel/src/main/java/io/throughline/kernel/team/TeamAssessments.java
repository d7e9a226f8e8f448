package io.throughline.kernel.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Per assessed dimension: the baseline, the latest assessment and how far it moved. */
public record TeamAssessments(TeamId teamId, List<DimensionTrend> dimensions) {

    /** @param delta latest score minus baseline score */
    public record DimensionTrend(AssessmentDimension dimension, Assessment baseline, Assessment latest, BigDecimal delta) {
    }

    public record Assessment(BigDecimal score, int respondents, LocalDate date) {
    }
}
