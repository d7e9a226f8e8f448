package io.throughline.kernel.team;

import java.util.List;

/** Every assessment of a team, per dimension (in the dimensions' order), in the order they were recorded. */
public record AssessmentHistory(TeamId teamId, List<DimensionHistory> dimensions) {

    public record DimensionHistory(AssessmentDimension dimension, List<TeamAssessments.Assessment> assessments) {
    }
}
