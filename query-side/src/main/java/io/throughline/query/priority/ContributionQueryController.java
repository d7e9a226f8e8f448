package io.throughline.query.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.priority.Contributions;
import io.throughline.kernel.priority.ListContributions;
import io.throughline.kernel.priority.PriorityId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/priorities")
@Tag(name = "Priorities")
class ContributionQueryController {

    private final QueryGateway queries;

    ContributionQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{priorityId}/contributions")
    @Operation(summary = "A priority's lateral links, both ways, oldest first",
            description = "contributesTo: the priorities it contributes to besides its parent; helpedBy: the priorities "
                    + "contributing to it. targetDropped flags a contributor whose priority contributed to is dropped.")
    Contributions contributions(@PathVariable PriorityId priorityId) {
        return queries.query(new ListContributions(priorityId), ResponseTypes.instanceOf(Contributions.class)).join();
    }
}
