package io.throughline.command.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.idempotency.IdempotencyKey;
import io.throughline.command.web.Versions;
import io.throughline.command.web.Versions.Versioned;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.AddMilestone;
import io.throughline.kernel.priority.ChangeMilestone;
import io.throughline.kernel.priority.CompleteMilestone;
import io.throughline.kernel.priority.MilestoneId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.RemoveMilestone;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

/**
 * The owner's execution plan under a priority. Milestones live inside the priority: every write answers the
 * priority's new version as ETag, and {@code If-Match} guards against a concurrent change of the priority.
 */
@RestController
@RequestMapping("/api/priorities/{priorityId}/milestones")
@Tag(name = "Priorities")
class MilestoneController {

    private final PriorityWrites writes;

    MilestoneController(PriorityWrites writes) {
        this.writes = writes;
    }

    record AddRequest(String title, LocalDate dueDate, PersonId ownerId) {
    }

    record ChangeRequest(String title, LocalDate dueDate, String reason) {
    }

    /** @param version the priority's version after the milestone was added */
    record MilestoneAddedResponse(String id, String priorityId, long version) {
    }

    @PostMapping
    @Operation(summary = "Add a milestone to a priority (AddMilestone)",
            description = "dueDate must fall inside the priority's quarter; ownerId, a lead or member of the "
                    + "priority's team, defaults to the priority's owner. Milestones keep the order they were added in.")
    ResponseEntity<MilestoneAddedResponse> addMilestone(@PathVariable PriorityId priorityId, @RequestBody AddRequest request,
                                               @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        MilestoneId milestoneId = IdempotencyKey.newId("milestone", MilestoneId::new);
        long version = writes.version(ifMatch, expected -> new AddMilestone(priorityId, milestoneId, request.title(),
                request.dueDate(), request.ownerId(), expected));
        return ResponseEntity.created(URI.create("/api/priorities/" + priorityId + "/milestones/" + milestoneId))
                .eTag(Long.toString(version))
                .body(new MilestoneAddedResponse(milestoneId.value(), priorityId.value(), version));
    }

    @PatchMapping("/{milestoneId}")
    @Operation(summary = "Rename or re-date a milestone (ChangeMilestone)",
            description = "Fields left out keep their value; a new dueDate needs a reason. A done milestone cannot change.")
    ResponseEntity<Versioned> changeMilestone(@PathVariable PriorityId priorityId, @PathVariable MilestoneId milestoneId,
                                     @RequestBody ChangeRequest request,
                                     @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new ChangeMilestone(priorityId, milestoneId, request.title(),
                request.dueDate(), request.reason(), version));
    }

    @PostMapping("/{milestoneId}/complete")
    @Operation(summary = "Mark a milestone done (CompleteMilestone)")
    ResponseEntity<Versioned> completeMilestone(@PathVariable PriorityId priorityId, @PathVariable MilestoneId milestoneId,
                                       @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new CompleteMilestone(priorityId, milestoneId, version));
    }

    @DeleteMapping("/{milestoneId}")
    @Operation(summary = "Remove a milestone from the plan (RemoveMilestone)",
            description = "The history keeps that it existed and was removed.")
    ResponseEntity<Versioned> removeMilestone(@PathVariable PriorityId priorityId, @PathVariable MilestoneId milestoneId,
                                     @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new RemoveMilestone(priorityId, milestoneId, version));
    }
}
