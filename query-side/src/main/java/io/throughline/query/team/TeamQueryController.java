package io.throughline.query.team;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.GetTeamDashboard;
import io.throughline.kernel.dashboard.GetTeamDashboardAsOf;
import io.throughline.kernel.dashboard.TeamDashboard;
import io.throughline.kernel.metric.GetScorecard;
import io.throughline.kernel.metric.GetScorecardAsOf;
import io.throughline.kernel.metric.Scorecard;
import io.throughline.kernel.plan.GetPlanAsOf;
import io.throughline.kernel.plan.GetPlanChanges;
import io.throughline.kernel.plan.GetTeamPlan;
import io.throughline.kernel.plan.PlanAsOf;
import io.throughline.kernel.plan.PlanChanges;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.GetTeamAssessments;
import io.throughline.kernel.team.TeamAssessments;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import io.throughline.query.web.Answers;
import io.throughline.query.web.Params;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/teams")
@Tag(name = "Teams")
class TeamQueryController {

    private final QueryGateway queries;
    private final Clock clock;

    TeamQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "All teams, by name")
    List<TeamView> list() {
        return queries.query(new ListTeams(), ResponseTypes.multipleInstancesOf(TeamView.class)).join();
    }

    @GetMapping("/{teamId}")
    @Operation(summary = "One team")
    TeamView team(@PathVariable TeamId teamId) {
        return Answers.found(queries.query(new FindTeam(teamId), ResponseTypes.optionalInstanceOf(TeamView.class)),
                "team", teamId);
    }

    @GetMapping("/{teamId}/plan")
    @Operation(summary = "A team's One Page Plan for a quarter: now, or as it stood at any past instant",
            description = "Without asOf: the plan now (TeamPlan): its framing (null until framed), priorities and KPIs. "
                    + "With asOf (an ISO instant such as 2026-10-15T09:00:00Z): the plan exactly as it stood then "
                    + "(PlanAsOf), folded from the event log: the team's name and framing then, the priorities assigned "
                    + "by then with their titles, owners, statuses and parents then (those dropped later still there, "
                    + "those assigned later absent). 404 when the team did not exist at that instant. kind names the "
                    + "shape.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(oneOf = {TeamPlan.class, PlanAsOf.class})))
    Object plan(@PathVariable TeamId teamId, @RequestParam Quarter quarter, @RequestParam(required = false) Instant asOf) {
        if (asOf != null) {
            return Answers.found(queries.query(new GetPlanAsOf(teamId, quarter, asOf),
                    ResponseTypes.optionalInstanceOf(PlanAsOf.class)), "team", teamId, asOf);
        }
        return Answers.found(queries.query(new GetTeamPlan(teamId, quarter),
                ResponseTypes.optionalInstanceOf(TeamPlan.class)), "team", teamId);
    }

    @GetMapping("/{teamId}/plan/changes")
    @Operation(summary = "How a team's plan for a quarter changed between two instants",
            description = "From the event log: the framing's parts that differ, and the priorities added, changed "
                    + "(field by field: title, description, successCriterion, dueDate, status, parentPriorityId), "
                    + "reassigned, dropped and completed between from and to (ISO instants, from not after to).")
    PlanChanges planChanges(@PathVariable TeamId teamId, @RequestParam Quarter quarter,
                            @RequestParam Instant from, @RequestParam Instant to) {
        Params.ordered("from", from, "to", to);
        return Answers.found(queries.query(new GetPlanChanges(teamId, quarter, from, to),
                ResponseTypes.optionalInstanceOf(PlanChanges.class)), "team", teamId, to);
    }

    @GetMapping("/{teamId}/scorecard")
    @Operation(summary = "A team's active KPIs: latest value, colour, change since the previous period, last 13 periods, "
            + "and whether the last completed period still lacks a value; now, or as it read at any past instant",
            description = "Each period is judged against the target and thresholds in force at its end: a past "
                    + "period keeps its colour when the target changes later (recentSeries gives each period's target "
                    + "and colour; target, greenAt and redAt are those in force now). With asOf (an ISO instant such "
                    + "as 2026-10-15T09:00:00Z, not in the future): the scorecard exactly as it read then, asOf "
                    + "echoed: the KPIs defined by then and not yet retired, with their names, owners and definitions "
                    + "then; the values recorded by then, corrected only by the corrections made by then; the targets "
                    + "in force then; the last completed period and the recent series of that day (UTC). 404 when "
                    + "the team did not exist at that instant.")
    Scorecard scorecard(@PathVariable TeamId teamId, @RequestParam(required = false) Instant asOf) {
        if (asOf != null) {
            Params.past("asOf", asOf, clock);
            return Answers.found(queries.query(new GetScorecardAsOf(teamId, asOf),
                    ResponseTypes.optionalInstanceOf(Scorecard.class)), "team", teamId, asOf);
        }
        return Answers.found(queries.query(new GetScorecard(teamId), ResponseTypes.optionalInstanceOf(Scorecard.class)),
                "team", teamId);
    }

    @GetMapping("/{teamId}/assessments")
    @Operation(summary = "A team's assessments: per dimension the baseline (first), the latest and the delta")
    TeamAssessments assessments(@PathVariable TeamId teamId) {
        return Answers.found(queries.query(new GetTeamAssessments(teamId),
                ResponseTypes.optionalInstanceOf(TeamAssessments.class)), "team", teamId);
    }

    @GetMapping("/{teamId}/dashboard")
    @Operation(summary = "A team's priorities, their measured progress and its scorecard",
            description = "Without quarter, the priorities of every quarter; with quarter (2026-Q4), those of that "
                    + "quarter. progress: for each priority, in the order of priorities, {priorityId, progress, "
                    + "expectedProgress, weight, optimistic, measures} as GET /api/priorities/{id} gives them. "
                    + "With asOf (an ISO instant such as 2026-10-15T09:00:00Z, not in the future): the dashboard "
                    + "exactly as it stood then, asOf echoed: the team's name and parent then, the priorities assigned "
                    + "by then with their titles, owners, statuses and parents then (orphaned when the parent stood "
                    + "dropped then), and the scorecard as it read then (as GET /api/teams/{id}/scorecard?asOf= gives "
                    + "it); progress then tells each priority's measured progress as it was computed at that instant "
                    + "(the KPI values and corrections, targets, weights, milestones done and priorities aligned "
                    + "then) with the measures behind it then, beside the progress expected by that day. 404 when the "
                    + "team did not exist at that instant.")
    TeamDashboard dashboard(@PathVariable TeamId teamId, @RequestParam(required = false) Quarter quarter,
                            @RequestParam(required = false) Instant asOf) {
        if (asOf != null) {
            Params.past("asOf", asOf, clock);
            return Answers.found(queries.query(new GetTeamDashboardAsOf(teamId, quarter, asOf),
                    ResponseTypes.optionalInstanceOf(TeamDashboard.class)), "team", teamId, asOf);
        }
        return Answers.found(queries.query(new GetTeamDashboard(teamId, quarter),
                ResponseTypes.optionalInstanceOf(TeamDashboard.class)), "team", teamId);
    }
}
