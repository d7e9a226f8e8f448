package io.throughline.command.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.idempotency.IdempotencyKey;
import io.throughline.command.web.Created;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.decision.DecisionId;
import io.throughline.kernel.decision.DecisionMode;
import io.throughline.kernel.decision.DefineDecisionRight;
import io.throughline.kernel.decision.HolderRole;
import io.throughline.kernel.decision.RecordDecision;
import io.throughline.kernel.decision.RevokeDecisionRight;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/teams/{teamId}")
@Tag(name = "Decisions")
class DecisionCommandController {

    private final CommandGateway commands;

    DecisionCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record DecisionRightRequest(String category, HolderRole holderRole, PersonId personId, DecisionMode mode) {
    }

    record DecisionRequest(String category, String title, String decision, PersonId deciderId,
                           List<PersonId> consulted, PriorityId relatedPriorityId) {
    }

    @RequestMapping(path = "/decision-rights", method = {RequestMethod.POST, RequestMethod.PUT})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Define who decides, is consulted or is informed on a category of the team's decisions "
            + "(DefineDecisionRight)",
            description = "Give holderRole (LEAD: the team's lead; MEMBER: anyone in the team) or personId, not both; "
                    + "mode is DECIDE, CONSULT or INFORM. Categories ignore case and extra blanks. Defining it again "
                    + "with another mode changes the right; with the same mode it is refused with 409.")
    void define(@PathVariable TeamId teamId, @RequestBody DecisionRightRequest request) {
        commands.sendAndWait(new DefineDecisionRight(teamId, request.category(), request.holderRole(),
                request.personId(), request.mode()));
    }

    @DeleteMapping("/decision-rights")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a holder's right on a category of the team's decisions (RevokeDecisionRight)",
            description = "Name the holder by holderRole or personId, as when defining it. A right the holder does not "
                    + "have is refused with 409. Decisions already recorded keep their flags.")
    void revoke(@PathVariable TeamId teamId, @RequestParam String category,
                @RequestParam(required = false) HolderRole holderRole,
                @RequestParam(required = false) PersonId personId) {
        commands.sendAndWait(new RevokeDecisionRight(teamId, category, holderRole, personId));
    }

    @PostMapping("/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a decision in the team's log (RecordDecision)",
            description = "A decision whose decider holds no DECIDE right for its category, by name or by role, is "
                    + "recorded all the same, flagged with the reason. The flag is judged against the rights as they "
                    + "stand when it is recorded and never changes later. consulted lists each person once; relatedPriorityId must exist.")
    Created record(@PathVariable TeamId teamId, @RequestBody DecisionRequest request) {
        DecisionId decisionId = IdempotencyKey.newId("decision", DecisionId::new);
        commands.sendAndWait(new RecordDecision(decisionId, teamId, request.category(), request.title(),
                request.decision(), request.deciderId(), request.consulted(), request.relatedPriorityId()));
        return new Created(decisionId.value());
    }
}
