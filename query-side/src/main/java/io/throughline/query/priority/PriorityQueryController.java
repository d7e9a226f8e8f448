package io.throughline.query.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.audit.GetPriorityHistory;
import io.throughline.kernel.audit.PriorityHistory;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.query.web.Answers;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/priorities")
@Tag(name = "Priorities")
class PriorityQueryController {

    private final QueryGateway queries;

    PriorityQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{priorityId}")
    @Operation(summary = "One priority as it stands now", description = "The ETag header carries its version.")
    ResponseEntity<PriorityView> priority(@PathVariable PriorityId priorityId) {
        PriorityView priority = Answers.found(queries.query(new FindPriority(priorityId),
                ResponseTypes.optionalInstanceOf(PriorityView.class)), "priority", priorityId);
        return ResponseEntity.ok().eTag(Long.toString(priority.version())).body(priority);
    }

    @GetMapping("/{priorityId}/history")
    @Operation(summary = "Who did what to a priority, when and why, oldest first")
    PriorityHistory history(@PathVariable PriorityId priorityId) {
        return Answers.found(queries.query(new GetPriorityHistory(priorityId),
                ResponseTypes.optionalInstanceOf(PriorityHistory.class)), "priority", priorityId);
    }
}
