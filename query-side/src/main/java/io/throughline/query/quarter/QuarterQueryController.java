package io.throughline.query.quarter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.quarter.GetQuarterScorecard;
import io.throughline.kernel.quarter.QuarterScorecard;
import io.throughline.kernel.team.TeamId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/teams/{teamId}/quarters/{quarter}")
@Tag(name = "Quarters")
class QuarterQueryController {

    private final QueryGateway queries;

    QuarterQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The scorecard of a team's quarter",
            description = "Closed or open (who closed it and when), the count and share of its priorities done, "
                    + "missed, dropped, carried over and still open, in all and per owner.")
    QuarterScorecard scorecard(@PathVariable TeamId teamId, @PathVariable Quarter quarter) {
        return queries.query(new GetQuarterScorecard(teamId, quarter),
                ResponseTypes.instanceOf(QuarterScorecard.class)).join();
    }
}
