package io.throughline.query.priority;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.audit.GetPriorityHistory;
import io.throughline.kernel.audit.PriorityHistory;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.GetMilestonePlan;
import io.throughline.kernel.priority.MilestonePlan;
import io.throughline.kernel.priority.MilestoneView;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.progress.GetPriorityProgress;
import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.progress.PriorityProgress;
import io.throughline.query.web.Answers;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/priorities")
@Tag(name = "Priorities")
class PriorityQueryController {

    private final QueryGateway queries;

    PriorityQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{priorityId}")
    @Operation(summary = "One priority as it stands now, with its milestones and measured progress",
            description = """
                    The ETag header carries its version; milestones come in plan order, with how many are done of the \
                    total. progress: 0 to 100 (%), the weighted mean of its measures, null when it has none; \
                    expectedProgress: the share of its quarter gone by the end of today; weight: its weight in its \
                    parent's progress; optimistic: reported ON_TRACK while more than 25 points behind the expected \
                    progress; measures: what its progress is the mean of, each {kind (METRIC: a linked KPI, \
                    MILESTONES, PRIORITY: an aligned priority), id, \
                    name, contribution (0 to 100, null when it cannot tell yet), weight}.""")
    ResponseEntity<PriorityWithMilestones> priority(@PathVariable PriorityId priorityId) {
        PriorityView priority = Answers.found(queries.query(new FindPriority(priorityId),
                ResponseTypes.optionalInstanceOf(PriorityView.class)), "priority", priorityId);
        MilestonePlan plan = queries.query(new GetMilestonePlan(priorityId), MilestonePlan.class).join();
        PriorityProgress progress = Answers.found(queries.query(new GetPriorityProgress(priorityId),
                ResponseTypes.optionalInstanceOf(PriorityProgress.class)), "priority", priorityId);
        return ResponseEntity.ok().eTag(Long.toString(priority.version()))
                .body(new PriorityWithMilestones(priority, plan, progress));
    }

    /** The priority's fields as they always were and, beside them, its milestones in plan order and its progress. */
    record PriorityWithMilestones(@JsonUnwrapped PriorityView priority, List<MilestoneView> milestones,
                                  int milestonesDone, int milestonesTotal, BigDecimal progress,
                                  BigDecimal expectedProgress, BigDecimal weight, boolean optimistic,
                                  List<Measure> measures) {

        PriorityWithMilestones(PriorityView priority, MilestonePlan plan, PriorityProgress progress) {
            this(priority, plan.milestones(), plan.done(), plan.total(), progress.progress(),
                    progress.expectedProgress(), progress.weight(), progress.optimistic(), progress.measures());
        }
    }

    @GetMapping("/{priorityId}/history")
    @Operation(summary = "Who did what to a priority, when and why, oldest first")
    PriorityHistory history(@PathVariable PriorityId priorityId) {
        return Answers.found(queries.query(new GetPriorityHistory(priorityId),
                ResponseTypes.optionalInstanceOf(PriorityHistory.class)), "priority", priorityId);
    }
}
