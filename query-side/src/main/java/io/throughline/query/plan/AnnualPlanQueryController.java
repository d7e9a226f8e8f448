package io.throughline.query.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.plan.AnnualPlan;
import io.throughline.kernel.plan.GetAnnualPlan;
import io.throughline.kernel.team.TeamId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/teams/{teamId}/annual-plan")
@Tag(name = "Plans")
class AnnualPlanQueryController {

    private final QueryGateway queries;

    AnnualPlanQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The layer of a team's One Page Plan above the quarter, for a year",
            description = "The lasting parts (core values, purpose, bhag, 3-5-year longRangeTargets; empty until set) "
                    + "and the year's annual goals in the order they were defined, retired ones marked with their reason.")
    AnnualPlan annualPlan(@PathVariable TeamId teamId, @RequestParam int year) {
        return queries.query(new GetAnnualPlan(teamId, year), ResponseTypes.instanceOf(AnnualPlan.class)).join();
    }
}
