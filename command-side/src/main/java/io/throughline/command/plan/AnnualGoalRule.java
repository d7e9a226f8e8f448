package io.throughline.command.plan;

import io.throughline.command.rejection.Rule;

/** The rules of a team's annual goals. */
public enum AnnualGoalRule implements Rule {
    /** A retired annual goal is kept as history: it is neither changed nor retired again. */
    RETIRED_GOALS_STAY_AS_THEY_WERE;
}
