package io.throughline.query.metric;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.metric.FindMetric;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricDetail;
import io.throughline.query.web.Answers;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/metrics")
@Tag(name = "Metrics")
class MetricQueryController {

    private final QueryGateway queries;

    MetricQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{metricId}")
    @Operation(summary = "A KPI: its definition, scorecard reading and every value recorded, corrections marked",
            description = "Each value comes with the target, greenAt and redAt in force at the end of its period and "
                    + "its colour against them: a later change of target leaves it as it was. targets lists every "
                    + "target the KPI has had, oldest first, each in force from effectiveFrom until the next "
                    + "(changedBy who set it, reason why; null for the first, set with the definition).")
    MetricDetail metric(@PathVariable MetricId metricId) {
        return Answers.found(queries.query(new FindMetric(metricId),
                ResponseTypes.optionalInstanceOf(MetricDetail.class)), "metric", metricId);
    }
}
