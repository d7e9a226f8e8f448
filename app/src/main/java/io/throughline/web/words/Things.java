package io.throughline.web.words;

/**
 * The names of what events refer to by id, so that a history reads "under “Grow ARR”", not a UUID. Each answers
 * {@code null} for an id it does not know (a thing since removed from the read models, or never there).
 */
public interface Things {

    String team(String teamId);

    String priority(String priorityId);

    /** An annual goal's title. */
    String annualGoal(String goalId);

    /** A KPI's name and unit; {@code null} when unknown. */
    Kpi kpi(String metricId);

    record Kpi(String name, String unit) {
    }
}
