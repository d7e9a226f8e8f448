package io.throughline.command.checkin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.idempotency.IdempotencyKey;
import io.throughline.command.web.Created;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.checkin.Commitment;
import io.throughline.kernel.checkin.CompleteCommitment;
import io.throughline.kernel.checkin.DropCommitment;
import io.throughline.kernel.checkin.RecordCheckIn;
import io.throughline.kernel.priority.PriorityId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/check-ins")
@Tag(name = "Check-ins")
class CheckInCommandController {

    private final CommandGateway commands;

    CheckInCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record RecordCheckInRequest(PersonId leaderId, PersonId personId, LocalDate date, CheckInPhase phase,
                                List<PriorityId> prioritiesReviewed, String notes, List<Commitment> commitments) {
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping
    @Operation(summary = "Record a 1-on-1 check-in (RecordCheckIn)",
            description = "leaderId defaults to the signed-in user, who must be that leader (or an admin); personId "
                    + "is someone else. date is the day it took place (a check-in may be recorded late). phase is "
                    + "FRAME, EMPOWER, TRACK or COACH; prioritiesReviewed must exist; each commitment needs text and a "
                    + "dueDate not before the check-in's date, and is numbered from 1 in the order given. The notes are "
                    + "shown only to the leader, the person and auditors.")
    ResponseEntity<Created> record(@RequestBody RecordCheckInRequest request, Principal principal) {
        CheckInId checkInId = IdempotencyKey.newId("check-in", CheckInId::new);
        PersonId leader = request.leaderId() != null ? request.leaderId() : new PersonId(principal.getName());
        commands.sendAndWait(new RecordCheckIn(checkInId, leader, request.personId(), request.date(), request.phase(),
                request.prioritiesReviewed(), request.notes(), request.commitments()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(checkInId.value()));
    }

    @PostMapping("/{checkInId}/commitments/{number}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete an open commitment of a check-in (CompleteCommitment)",
            description = "By the check-in's person or leader. number is the commitment's place in the check-in, from 1; "
                    + "a completed or dropped commitment answers 409.")
    void complete(@PathVariable CheckInId checkInId, @PathVariable int number) {
        commands.sendAndWait(new CompleteCommitment(checkInId, number));
    }

    @PostMapping("/{checkInId}/commitments/{number}/drop")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Drop an open commitment of a check-in, with a reason (DropCommitment)",
            description = "By the check-in's person or leader; the reason is required.")
    void drop(@PathVariable CheckInId checkInId, @PathVariable int number, @RequestBody ReasonRequest request) {
        commands.sendAndWait(new DropCommitment(checkInId, number, request.reason()));
    }
}
