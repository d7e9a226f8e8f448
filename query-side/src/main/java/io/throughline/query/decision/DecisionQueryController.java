package io.throughline.query.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.decision.DecisionRights;
import io.throughline.kernel.decision.GetDecisionRights;
import io.throughline.kernel.decision.GetTeamDecisions;
import io.throughline.kernel.decision.TeamDecisions;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.web.Answers;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/teams/{teamId}")
@Tag(name = "Decisions")
class DecisionQueryController {

    private final QueryGateway queries;

    DecisionQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/decisions")
    @Operation(summary = "A team's decision log, newest first",
            description = "Each decision with its decider, who was consulted, the related priority, and whether it is "
                    + "flagged: its decider held no DECIDE right for its category when it was recorded (flagReason says "
                    + "who did, or that no one did).")
    TeamDecisions decisions(@PathVariable TeamId teamId) {
        return Answers.found(queries.query(new GetTeamDecisions(teamId),
                ResponseTypes.optionalInstanceOf(TeamDecisions.class)), "team", teamId);
    }

    @GetMapping("/decision-rights")
    @Operation(summary = "A team's decision-rights matrix",
            description = "Per category, alphabetically: the holders who decide, are consulted and are informed, each a "
                    + "role of the team (LEAD, MEMBER) or a person, in the order their rights were defined.")
    DecisionRights rights(@PathVariable TeamId teamId) {
        return Answers.found(queries.query(new GetDecisionRights(teamId),
                ResponseTypes.optionalInstanceOf(DecisionRights.class)), "team", teamId);
    }
}
