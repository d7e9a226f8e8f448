package io.throughline.command.plan;

import io.throughline.command.rejection.Rule;

/** The rules of a team's One Page Plan. */
public enum PlanRule implements Rule {
    /** A team frames its plan for a quarter once, then reframes it. */
    PLAN_FRAMED_ONCE;
}
