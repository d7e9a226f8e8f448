package io.throughline.kernel.team;

import java.math.BigDecimal;
import java.time.LocalDate;

/** @param baseline the team's first assessment on this dimension: what later ones are compared with */
public record AssessmentRecorded(TeamId teamId, AssessmentDimension dimension, BigDecimal score, int respondents,
                                 LocalDate date, boolean baseline) {
}
