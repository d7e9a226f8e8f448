package io.throughline.command.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.command.idempotency.IdempotencyKey;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/priorities")
@Tag(name = "Priorities")
class PriorityCommandController {

    private final CommandGateway commands;

    PriorityCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record AssignPriorityRequest(TeamId teamId, Quarter quarter, String title, PersonId ownerId,
                                 String successCriterion, LocalDate dueDate, PriorityId parentPriorityId,
                                 AnnualGoalId annualGoalId) {
    }

    /** @param version the priority's version, to send back as {@code If-Match} once writes check it */
    record PriorityAssignedResponse(String id, long version) {
    }

    @PostMapping
    @Operation(summary = "Assign a quarterly priority to an owner",
            description = "quarter is written 2026-Q4; dueDate must fall inside it; parentPriorityId links the priority "
                    + "to a priority of the same quarter held by a team above (the cascade); ownerId leads or belongs to the "
                    + "team or a team below it (422 naming ownerId otherwise); annualGoalId, optional, names a standing "
                    + "annual goal of the team or a team above, of the quarter's year, that the priority serves (422 naming it otherwise).")
    ResponseEntity<PriorityAssignedResponse> assign(@RequestBody AssignPriorityRequest request) {
        PriorityId priorityId = IdempotencyKey.newId("priority", PriorityId::new);
        long version = commands.sendAndWait(new AssignPriority(priorityId, request.teamId(), request.quarter(),
                request.title(), request.ownerId(), request.successCriterion(), request.dueDate(),
                request.parentPriorityId(), request.annualGoalId()));
        return ResponseEntity.created(URI.create("/api/priorities/" + priorityId))
                .body(new PriorityAssignedResponse(priorityId.value(), version));
    }
}
