package io.throughline.command.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.web.Versions;
import io.throughline.command.web.Versions.Versioned;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.ChangePriority;
import io.throughline.kernel.priority.CompletePriority;
import io.throughline.kernel.priority.DropPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.WeighPriority;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.ReassignPriority;
import io.throughline.kernel.priority.RealignPriority;
import io.throughline.kernel.priority.ReinstatePriority;
import io.throughline.kernel.priority.ServeAnnualGoal;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
/**
 * Everything a leader does to an existing priority. Each write answers {@code {id, version}} with the new version as
 * ETag; sending the last ETag read as {@code If-Match} makes the write fail with 412 if someone changed it meanwhile.
 */
@RestController
@RequestMapping("/api/priorities/{priorityId}")
@Tag(name = "Priorities")
class PriorityLifecycleController {

    private static final String REASON_RULE = "reason is required (422 naming it) once the priority has a status report "
            + "or is past half of its quarter, optional before.";

    private final PriorityWrites writes;

    PriorityLifecycleController(PriorityWrites writes) {
        this.writes = writes;
    }

    record ChangeRequest(String title, String description, String successCriterion, LocalDate dueDate, String reason) {
    }

    record ReassignRequest(PersonId newOwnerId, String reason) {
    }

    record StatusRequest(PriorityStatus status, String comment, Integer confidence) {
    }

    record CommentRequest(String comment) {
    }

    record ReasonRequest(String reason) {
    }

    record RealignRequest(PriorityId newParentPriorityId, String reason) {
    }

    record ServeAnnualGoalRequest(AnnualGoalId annualGoalId, String reason) {
    }

    record WeightsRequest(BigDecimal weight, BigDecimal milestonesWeight) {
    }

    @PatchMapping
    @Operation(summary = "Change a priority's title, description, success criterion or due date",
            description = "Fields left out keep their value. A change that changes nothing is refused with 409. "
                    + REASON_RULE)
    ResponseEntity<Versioned> change(@PathVariable PriorityId priorityId, @RequestBody ChangeRequest request,
                                     @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new ChangePriority(priorityId, request.title(), request.description(),
                request.successCriterion(), request.dueDate(), request.reason(), version));
    }

    @PostMapping("/owner")
    @Operation(summary = "Reassign a priority (ReassignPriority)",
            description = "The new owner must lead or belong to the priority's team; the reason is required.")
    ResponseEntity<Versioned> reassign(@PathVariable PriorityId priorityId, @RequestBody ReassignRequest request,
                                       @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new ReassignPriority(priorityId, request.newOwnerId(),
                request.reason(), version));
    }

    @PostMapping("/status")
    @Operation(summary = "Report a priority's status (UpdatePriorityStatus)",
            description = "status is ON_TRACK, AT_RISK or OFF_TRACK; confidence, optional, from 0 to 10.")
    ResponseEntity<Versioned> status(@PathVariable PriorityId priorityId, @RequestBody StatusRequest request,
                                     @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new UpdatePriorityStatus(priorityId, request.status(),
                request.comment(), request.confidence(), version));
    }

    @PostMapping("/complete")
    @Operation(summary = "Complete a priority", description = "A completed priority accepts nothing but being reinstated.")
    ResponseEntity<Versioned> complete(@PathVariable PriorityId priorityId,
                                       @RequestBody(required = false) CommentRequest request,
                                       @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        String comment = request == null ? null : request.comment();
        return writes.send(priorityId, ifMatch, version -> new CompletePriority(priorityId, comment, version));
    }

    @PostMapping("/drop")
    @Operation(summary = "Drop a priority, with a reason",
            description = "Priorities serving it stay in place and are flagged as orphans.")
    ResponseEntity<Versioned> drop(@PathVariable PriorityId priorityId, @RequestBody ReasonRequest request,
                                   @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new DropPriority(priorityId, request.reason(), version));
    }

    @PostMapping("/reinstate")
    @Operation(summary = "Reinstate a completed or dropped priority, with a reason",
            description = "It returns to the status it had before it was closed.")
    ResponseEntity<Versioned> reinstate(@PathVariable PriorityId priorityId, @RequestBody ReasonRequest request,
                                        @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new ReinstatePriority(priorityId, request.reason(), version));
    }

    @PostMapping("/parent")
    @Operation(summary = "Realign a priority under another parent priority, or none (RealignPriority)",
            description = "The parent must be an open priority of the same quarter held by a team above. " + REASON_RULE)
    ResponseEntity<Versioned> realign(@PathVariable PriorityId priorityId, @RequestBody RealignRequest request,
                                      @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new RealignPriority(priorityId, request.newParentPriorityId(),
                request.reason(), version));
    }

    @PostMapping("/weights")
    @Operation(summary = "Set how much a priority counts in measured progress (WeighPriority)",
            description = "weight: its weight in its parent's progress; milestonesWeight: the weight of its milestones "
                    + "(done ÷ total) among its own measures. Each more than 0 and at most 100, default 1; a field left "
                    + "out keeps its value (400 naming the field otherwise). Leaders of its team or above.")
    ResponseEntity<Versioned> weigh(@PathVariable PriorityId priorityId, @RequestBody WeightsRequest request,
                                    @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new WeighPriority(priorityId, request.weight(),
                request.milestonesWeight(), version));
    }

    @PostMapping("/annual-goal")
    @Operation(summary = "Make a priority serve an annual goal, another one, or none (ServeAnnualGoal)",
            description = "annualGoalId null serves none; else it names a standing annual goal of the priority's team or "
                    + "a team above, of its quarter's year (422 naming annualGoalId otherwise). " + REASON_RULE)
    ResponseEntity<Versioned> serveAnnualGoal(@PathVariable PriorityId priorityId,
                                              @RequestBody ServeAnnualGoalRequest request,
                                              @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new ServeAnnualGoal(priorityId, request.annualGoalId(),
                request.reason(), version));
    }
}
