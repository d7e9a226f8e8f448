package io.throughline.web;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.plan.AnnualPlan;
import io.throughline.kernel.plan.GetAnnualPlan;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.priority.ListParentCandidates;
import io.throughline.kernel.priority.ParentCandidates;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a form about a team offers to pick from, and the teams around it. Offering is not deciding: the command side
 * still checks every choice, and its refusal is what the page shows.
 */
@Component
class TeamChoices {

    /** A guard against a cycle in a read model that lags a move: no organisation is this deep. */
    private static final int MAX_DEPTH = 50;

    private final QueryGateway queries;

    TeamChoices(QueryGateway queries) {
        this.queries = queries;
    }

    /** Who may own the team's priorities: its lead and its members. */
    static List<PersonId> owners(TeamView team) {
        return Stream.concat(Stream.ofNullable(team.leadId()), team.members().stream()).distinct().toList();
    }

    /** The teams directly below the team. */
    List<TeamView> teamsBelow(TeamId teamId) {
        return queries.query(new ListTeams(), ResponseTypes.multipleInstancesOf(TeamView.class)).join().stream()
                .filter(other -> Objects.equals(other.parentTeamId(), teamId)).toList();
    }

    /** The team, then its parent, and so on up to the top of the organisation. */
    List<TeamView> selfAndAbove(TeamView team) {
        List<TeamView> chain = new ArrayList<>(List.of(team));
        for (TeamView above = team; above.parentTeamId() != null && chain.size() <= MAX_DEPTH; chain.add(above)) {
            above = queries.query(new FindTeam(above.parentTeamId()), ResponseTypes.optionalInstanceOf(TeamView.class))
                    .join().orElse(null);
            if (above == null) {
                break;
            }
        }
        return chain;
    }

    /**
     * The annual goals of the quarter's year of the team and the teams above ({@link #selfAndAbove}), grouped by team,
     * its own first: what a priority of the team may serve, as the command side accepts it, once retired ones are
     * left out ({@link AnnualGoals#standing}).
     */
    AnnualGoals annualGoals(List<TeamView> selfAndAbove, Quarter quarter) {
        int year = quarter.firstDay().getYear();
        return new AnnualGoals(selfAndAbove.stream().map(holder -> new GoalChoices(holder.name(),
                queries.query(new GetAnnualPlan(holder.id(), year), ResponseTypes.instanceOf(AnnualPlan.class)).join()
                        .goals())).toList());
    }

    /** The annual goals of teams, each team's a group of a select. */
    record AnnualGoals(List<GoalChoices> byTeam) {

        /** The goals a priority may start serving: retired ones left out, teams without any too. */
        List<GoalChoices> standing() {
            return byTeam.stream()
                    .map(held -> new GoalChoices(held.teamName(), held.goals().stream().filter(goal -> !goal.retired()).toList()))
                    .filter(choices -> !choices.goals().isEmpty())
                    .toList();
        }

        /** The goal a priority serves, retired or not; none when it serves none. */
        Optional<AnnualPlan.AnnualGoal> find(AnnualGoalId goalId) {
            return byTeam.stream().flatMap(held -> held.goals().stream())
                    .filter(goal -> goal.goalId().equals(goalId)).findFirst();
        }
    }

    record GoalChoices(String teamName, List<AnnualPlan.AnnualGoal> goals) {
    }

    /** What a priority of the team may serve, grouped by the teams above: exactly what the command side accepts. */
    List<ParentCandidates> parentCandidates(TeamView team, Quarter quarter) {
        if (team.parentTeamId() == null) {
            return List.of();
        }
        return queries.query(new ListParentCandidates(team.id(), quarter),
                ResponseTypes.multipleInstancesOf(ParentCandidates.class)).join();
    }
}
