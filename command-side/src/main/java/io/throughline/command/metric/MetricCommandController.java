package io.throughline.command.metric;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.idempotency.IdempotencyKey;
import io.throughline.command.web.Created;
import io.throughline.command.web.Versions;
import io.throughline.command.web.Versions.Versioned;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.ChangeMetricDefinition;
import io.throughline.kernel.metric.CorrectMetricValue;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.ReassignMetric;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.metric.RetireMetric;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;

@RestController
@RequestMapping("/api/metrics")
@Tag(name = "Metrics")
class MetricCommandController {

    private final CommandGateway commands;

    MetricCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record DefineMetricRequest(TeamId teamId, String name, String unit, BigDecimal target, Direction direction,
                               Cadence cadence, PersonId ownerId, BigDecimal greenAt, BigDecimal redAt,
                               MetricKind kind, PriorityId priorityId, BigDecimal baseline, BigDecimal weight) {
    }

    record RecordMetricRequest(Period period, BigDecimal value, String note) {
    }

    record MetricRecordedResponse(String metricId, String period, long version) {
    }

    record CorrectionRequest(BigDecimal value, String reason) {
    }

    record ChangeDefinitionRequest(String name, String unit, BigDecimal target, BigDecimal greenAt, BigDecimal redAt,
                                   MetricKind kind, PriorityId priorityId, String reason, BigDecimal baseline,
                                   BigDecimal weight) {
    }

    record ReassignRequest(PersonId newOwnerId, String reason) {
    }

    record RetireRequest(String reason) {
    }

    @PostMapping
    @Operation(summary = "Define a KPI on a team's scorecard",
            description = "cadence is WEEKLY, MONTHLY or QUARTERLY; kind LEADING or LAGGING (default). Without greenAt and "
                    + "redAt, green is at the target and red beyond 10% of it on the bad side. With priorityId the KPI measures "
                    + "that priority's progress: (latest − baseline) ÷ (target − baseline), 0 to 100 %; baseline, short "
                    + "of the target for the direction, defaults to the first recorded value; weight (more than 0, at "
                    + "most 100, default 1) is the KPI's weight among the priority's measures.")
    ResponseEntity<Created> define(@RequestBody DefineMetricRequest request) {
        MetricId metricId = IdempotencyKey.newId("metric", MetricId::new);
        commands.sendAndWait(new DefineMetric(metricId, request.teamId(), request.name(), request.unit(),
                request.target(), request.direction(), request.cadence(), request.ownerId(), request.greenAt(),
                request.redAt(), request.kind(), request.priorityId(), request.baseline(), request.weight()));
        return ResponseEntity.created(URI.create("/api/metrics/" + metricId)).body(new Created(metricId.value()));
    }

    @PostMapping("/{metricId}/values")
    @Operation(summary = "Record a KPI value for one period (RecordMetric)",
            description = "period matches the metric's cadence: an ISO week like 2026-W47, a month like 2026-11 or a "
                    + "quarter like 2026-Q4. A period that already has a value is refused with 409: correct it instead.")
    ResponseEntity<MetricRecordedResponse> record(@PathVariable MetricId metricId,
                                                  @RequestBody RecordMetricRequest request) {
        long version = commands.sendAndWait(new RecordMetric(metricId, request.period(), request.value(), request.note()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new MetricRecordedResponse(metricId.value(), request.period().value(), version));
    }

    @PutMapping("/{metricId}/values/{period}")
    @Operation(summary = "Correct the value of a period (CorrectMetricValue)",
            description = "The reason is required; the previous value stays in the history.")
    ResponseEntity<Versioned> correct(@PathVariable MetricId metricId, @PathVariable Period period,
                                      @RequestBody CorrectionRequest request) {
        return Versions.written(metricId,
                commands.sendAndWait(new CorrectMetricValue(metricId, period, request.value(), request.reason())));
    }

    @PatchMapping("/{metricId}")
    @Operation(summary = "Change a KPI's definition (ChangeMetricDefinition)",
            description = "Fields left out keep their value. A new target or thresholds need a reason; a new target "
                    + "without thresholds takes the default thresholds of that target. A new baseline or weight (how the KPI "
                    + "counts toward its priority's progress) needs no reason.")
    ResponseEntity<Versioned> change(@PathVariable MetricId metricId, @RequestBody ChangeDefinitionRequest request) {
        return Versions.written(metricId, commands.sendAndWait(new ChangeMetricDefinition(metricId, request.name(),
                request.unit(), request.target(), request.greenAt(), request.redAt(), request.kind(),
                request.priorityId(), request.reason(), request.baseline(), request.weight())));
    }

    @PostMapping("/{metricId}/owner")
    @Operation(summary = "Hand a KPI to another owner (ReassignMetric)")
    ResponseEntity<Versioned> reassign(@PathVariable MetricId metricId, @RequestBody ReassignRequest request) {
        return Versions.written(metricId,
                commands.sendAndWait(new ReassignMetric(metricId, request.newOwnerId(), request.reason())));
    }

    @PostMapping("/{metricId}/retire")
    @Operation(summary = "Retire a KPI, with a reason", description = "It leaves the scorecard and accepts nothing more.")
    ResponseEntity<Versioned> retire(@PathVariable MetricId metricId, @RequestBody RetireRequest request) {
        return Versions.written(metricId, commands.sendAndWait(new RetireMetric(metricId, request.reason())));
    }
}
