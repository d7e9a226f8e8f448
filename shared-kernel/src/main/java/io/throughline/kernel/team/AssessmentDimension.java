package io.throughline.kernel.team;

/** The dimensions of the coaching diagnostics a team is assessed on. */
public enum AssessmentDimension {
    TEAM_DYNAMICS,
    STRATEGIC_ALIGNMENT,
    CULTURAL_HEALTH,
    DECISION_MAKING
}
