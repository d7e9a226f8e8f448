package io.throughline.query.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.CompanyDashboard;
import io.throughline.kernel.dashboard.GetCompanyDashboard;
import io.throughline.kernel.dashboard.GetCompanyDashboardAsOf;
import io.throughline.kernel.dashboard.GetFinalCompanyDashboard;
import io.throughline.query.web.Params;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;

@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dashboard")
class DashboardQueryController {

    private final QueryGateway queries;
    private final Clock clock;

    DashboardQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The company roll-up of a quarter: the cascade of priorities and the alignment measures",
            description = """
                    priorities: each company priority (of a root team, level 0) with the priorities aligned to it \
                    nested in children, at any depth, each with its team, owner, status, due date and orphaned flag, \
                    assignedAt, reportedAt (the instant of its last status report; null before the first) and serving: \
                    how many of the priorities below it, at any depth, stand at each status (statuses none stands at \
                    are left out), e.g. {"AT_RISK": 2, "ON_TRACK": 1}, and contributesTo: the priorities of other \
                    teams it also contributes to (lateral alignment), each {id, title, teamName, status}, a cross-link \
                    beside the cascade, never a second parent. \
                    ownedBelowExecutives: the priorities whose owner is neither lead nor member of a root team. \
                    alignment: the team priorities (of teams below the root) that serve a parent priority which is \
                    not dropped. Both shares are {count, outOf, value} with value = count / outOf from 0 to 1, four \
                    decimal places, null when outOf is 0. Dropped priorities count in neither share (they are no \
                    longer part of the plan) but stay in the tree with their status. orphaned: the priorities, not \
                    dropped, whose parent has been dropped (droppedParent) or a priority they contribute to \
                    (droppedContributions). churn: the priorities changed, reassigned or realigned \
                    more than twice, most changed first, with changeCount. Each node also carries its measured \
                    progress (0 to 100, null without measures), expectedProgress (the share of the quarter gone by \
                    the end of today), weight (in its parent's progress), optimistic and measures (each {kind, id, \
                    name, contribution, weight}: its linked KPIs, its milestones, the nodes serving it that are not \
                    dropped). optimistic: the priorities not dropped reported ON_TRACK while more than 25 points \
                    behind the expected progress, furthest behind first, each {id, title, teamId, teamName, ownerId, \
                    progress, expectedProgress}. \
                    With asOf: the same roll-up as it stood at that instant (priorities, statuses, owners, parents, \
                    lateral links, team names and executives then), each node's progress, weight and measures as \
                    they were computed then (the KPI values and corrections, targets, weights, milestones done and \
                    priorities aligned then) beside the progress expected by that day, and optimistic as it read \
                    then. With final=true: the roll-up as the quarter ended, each team's part taken when it first \
                    closed the quarter (with the outcomes it gave, and the progress computed then) or at the end of \
                    the quarter's last day (UTC) if it never did; finalSnapshot.cutOffs says which, and \
                    finalSnapshot.differences lists what is told differently now (field status, title, ownerId, \
                    dueDate, parentPriorityId, or priority when it is in only one of the two), so that a correction \
                    made later never silently rewrites how the quarter ended.""")
    CompanyDashboard dashboard(@Parameter(description = "The quarter, written 2026-Q4", example = "2026-Q4")
                               @RequestParam Quarter quarter,
                               @Parameter(description = "An ISO instant such as 2026-10-15T09:00:00Z, not in the future: "
                                       + "the roll-up exactly as it stood then (asOf in the answer), from the states "
                                       + "each priority, link and team had then and the progress computed then")
                               @RequestParam(required = false) Instant asOf,
                               @Parameter(description = "true: the quarter's final roll-up (finalSnapshot in the "
                                       + "answer); 409 while the quarter is neither over nor closed by every team "
                                       + "holding priorities in it")
                               @RequestParam(name = "final", defaultValue = "false") boolean finalRollUp) {
        if (finalRollUp && asOf != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "final: the final roll-up is taken when the quarter ended; ask for it or for asOf, not both");
        }
        if (finalRollUp) {
            return queries.query(new GetFinalCompanyDashboard(quarter),
                    ResponseTypes.optionalInstanceOf(CompanyDashboard.class)).join()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "final: " + quarter
                            + " is neither over nor closed by every team holding priorities in it"));
        }
        if (asOf != null) {
            return queries.query(new GetCompanyDashboardAsOf(quarter, Params.past("asOf", asOf, clock)),
                    ResponseTypes.instanceOf(CompanyDashboard.class)).join();
        }
        return queries.query(new GetCompanyDashboard(quarter), ResponseTypes.instanceOf(CompanyDashboard.class)).join();
    }
}
