package io.throughline.command.metric;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.command.idempotency.IdempotencyKey;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.web.Created;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
                               Cadence cadence, PersonId ownerId) {
    }

    record RecordMetricRequest(Period period, BigDecimal value, String note) {
    }

    record MetricRecordedResponse(String metricId, String period, long version) {
    }

    @PostMapping
    @Operation(summary = "Define a KPI on a team's scorecard")
    ResponseEntity<Created> define(@RequestBody DefineMetricRequest request) {
        MetricId metricId = IdempotencyKey.newId("metric", MetricId::new);
        commands.sendAndWait(new DefineMetric(metricId, request.teamId(), request.name(), request.unit(),
                request.target(), request.direction(), request.cadence(), request.ownerId()));
        return ResponseEntity.created(URI.create("/api/metrics/" + metricId)).body(new Created(metricId.value()));
    }

    @PostMapping("/{metricId}/values")
    @Operation(summary = "Record a KPI value for one period (RecordMetric)",
            description = "period matches the metric's cadence: an ISO week like 2026-W47, a month like 2026-11 or a "
                    + "quarter like 2026-Q4. A period that already has a value is refused with 409.")
    ResponseEntity<MetricRecordedResponse> record(@PathVariable MetricId metricId,
                                                  @RequestBody RecordMetricRequest request) {
        long version = commands.sendAndWait(new RecordMetric(metricId, request.period(), request.value(), request.note()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new MetricRecordedResponse(metricId.value(), request.period().value(), version));
    }
}
