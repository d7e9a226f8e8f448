package io.throughline.kernel.team;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The result of one team assessment on one dimension.
 *
 * @param score       from 1 to 5, with at most one decimal
 * @param respondents how many people answered, at least 1
 */
public record RecordAssessment(@TargetAggregateIdentifier TeamId teamId, AssessmentDimension dimension,
                               BigDecimal score, Integer respondents, LocalDate date) {
}
