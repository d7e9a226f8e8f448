package io.throughline.command.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.idempotency.IdempotencyKey;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.plan.ChangeAnnualGoal;
import io.throughline.kernel.plan.DefineAnnualGoal;
import io.throughline.kernel.plan.RetireAnnualGoal;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/teams/{teamId}/annual-goals")
@Tag(name = "Plans")
class AnnualGoalCommandController {

    private final CommandGateway commands;

    AnnualGoalCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record DefineAnnualGoalRequest(Integer year, String title, String description) {
    }

    record ChangeAnnualGoalRequest(String title, String description, String reason) {
    }

    record RetireAnnualGoalRequest(String reason) {
    }

    record AnnualGoalDefinedResponse(String id) {
    }

    @PostMapping
    @Operation(summary = "Define an annual goal of a team's year (DefineAnnualGoal)",
            description = "The goal keeps its id through the year's four quarters; priorities name it as the goal they serve.")
    ResponseEntity<AnnualGoalDefinedResponse> defineAnnualGoal(@PathVariable TeamId teamId,
                                                                       @RequestBody DefineAnnualGoalRequest request) {
        AnnualGoalId goalId = IdempotencyKey.newId("annual-goal", AnnualGoalId::new);
        commands.sendAndWait(new DefineAnnualGoal(goalId, teamId, request.year(), request.title(), request.description()));
        return ResponseEntity.created(URI.create("/api/teams/" + teamId + "/annual-goals/" + goalId))
                .body(new AnnualGoalDefinedResponse(goalId.value()));
    }

    @PatchMapping("/{goalId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rename or redescribe an annual goal (ChangeAnnualGoal)",
            description = "Fields left out keep their value; a change that changes nothing is refused with 409, "
                    + "a retired goal with 409 naming goalId.")
    void changeAnnualGoal(@PathVariable TeamId teamId, @PathVariable AnnualGoalId goalId,
                          @RequestBody ChangeAnnualGoalRequest request) {
        commands.sendAndWait(new ChangeAnnualGoal(goalId, teamId, request.title(), request.description(), request.reason()));
    }

    @PostMapping("/{goalId}/retire")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retire an annual goal (RetireAnnualGoal)", description = "The reason is required.")
    void retireAnnualGoal(@PathVariable TeamId teamId, @PathVariable AnnualGoalId goalId,
                          @RequestBody RetireAnnualGoalRequest request) {
        commands.sendAndWait(new RetireAnnualGoal(goalId, teamId, request.reason()));
    }
}
