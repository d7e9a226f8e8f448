package io.throughline.query.huddle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.GetTeamHuddles;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.web.Answers;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Huddles")
class HuddleQueryController {

    private final QueryGateway queries;

    HuddleQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/teams/{teamId}/huddles")
    @Operation(summary = "A team's huddles in a quarter, its cadence, what is stuck, and the cascade",
            description = "quarter defaults to the current one. huddles: newest first, each with what was reported, "
                    + "the stuck items it raised and those it carried over. cadence: ISO weeks of the quarter so far "
                    + "with a huddle ÷ ISO weeks so far. openStuckItems: every item not yet resolved, oldest first, with "
                    + "its age in days. fromAbove: the latest huddle of the parent team (what came down); fromBelow: "
                    + "the latest huddle of each child team (what came up).")
    TeamHuddles huddles(@PathVariable TeamId teamId, @RequestParam(required = false) Quarter quarter) {
        return Answers.found(queries.query(new GetTeamHuddles(teamId, quarter),
                ResponseTypes.optionalInstanceOf(TeamHuddles.class)), "team", teamId);
    }
}
