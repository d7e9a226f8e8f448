package io.throughline.command.priority;

import io.throughline.command.plan.AnnualGoalDirectory;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.team.TeamId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Existing annual goals by id, each with its team, year and whether it is retired. */
final class InMemoryAnnualGoals implements AnnualGoalDirectory {

    private final Map<AnnualGoalId, Standing> goals = new HashMap<>();

    InMemoryAnnualGoals with(AnnualGoalId goal, TeamId team, int year) {
        goals.put(goal, new Standing(team, year, false));
        return this;
    }

    InMemoryAnnualGoals retired(AnnualGoalId goal, TeamId team, int year) {
        goals.put(goal, new Standing(team, year, true));
        return this;
    }

    @Override
    public Optional<Standing> standingOf(AnnualGoalId goalId) {
        return Optional.ofNullable(goals.get(goalId));
    }
}
