package io.throughline.command.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.web.Versions;
import io.throughline.command.web.Versions.Versioned;
import io.throughline.kernel.priority.ContributeToPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.StopContributingToPriority;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lateral alignment: a priority contributes to priorities of other teams in its quarter besides the one parent it
 * serves. The links live in the contributing priority, so each write answers its new version as ETag.
 */
@RestController
@RequestMapping("/api/priorities/{priorityId}/contributes-to")
@Tag(name = "Priorities")
class ContributionController {

    private final PriorityWrites writes;

    ContributionController(PriorityWrites writes) {
        this.writes = writes;
    }

    record ContributeRequest(PriorityId priorityId) {
    }

    @PostMapping
    @Operation(summary = "Make a priority also contribute to another priority (ContributeToPriority)",
            description = "The priority contributed to must be another open priority of the same quarter and organisation, not the "
                    + "parent (that is the cascade), and not already contributed to.")
    ResponseEntity<Versioned> contribute(@PathVariable PriorityId priorityId, @RequestBody ContributeRequest request,
                                         @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new ContributeToPriority(priorityId, request.priorityId(),
                version));
    }

    @DeleteMapping("/{targetPriorityId}")
    @Operation(summary = "Stop contributing to a priority (StopContributingToPriority)")
    ResponseEntity<Versioned> stop(@PathVariable PriorityId priorityId, @PathVariable PriorityId targetPriorityId,
                                   @Parameter(description = Versions.IF_MATCH_DESCRIPTION)
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return writes.send(priorityId, ifMatch, version -> new StopContributingToPriority(priorityId,
                targetPriorityId, version));
    }
}
