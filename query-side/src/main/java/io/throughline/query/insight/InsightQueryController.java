package io.throughline.query.insight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.insight.GetInsights;
import io.throughline.kernel.insight.Insights;
import io.throughline.kernel.team.TeamId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/insights")
@Tag(name = "Insights")
class InsightQueryController {

    private static final String TEXT_CSV = "text/csv";

    private final QueryGateway queries;

    InsightQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What only the event log can tell about a quarter",
            description = """
                    For leaders, auditors, analysts and admins. Confidence calibration (the quarter and every quarter \
                    before it), time in status and slips per priority and per team, huddle cadence, KPI values on \
                    time or late, check-ins per leader and month, and the share of priorities owned below the \
                    executive layer over the last eight quarters. Each figure and field is defined in its schema and \
                    in docs/insights.md. With teamId: that team and every team below it; without: the whole \
                    organisation. An unknown teamId is a 400 naming it.""")
    Insights insights(@RequestParam Quarter quarter,
                      @Parameter(description = "A team: the figures of it and every team below it")
                      @RequestParam(required = false) TeamId teamId) {
        return queries.query(new GetInsights(quarter, teamId), ResponseTypes.optionalInstanceOf(Insights.class)).join()
                .orElseThrow(() -> unknown(teamId));
    }

    @GetMapping(path = "/{figure}.csv", produces = TEXT_CSV)
    @Operation(summary = "One figure of the insights as CSV",
            description = """
                    The rows of one figure of GET /api/insights, with the same quarter and teamId, one column per \
                    field in the order of its schema, exact values as in the JSON, empty for null. figure is \
                    calibration (overall, per team and per owner rows: CalibrationBand), priorities (PriorityTime), \
                    teams (TeamTime), huddles (HuddleCadence), kpi-values (KpiTimeliness), check-ins (LeaderCheckIns) \
                    or ownership (OwnershipShare); another name is a 404.""")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string")))
    ResponseEntity<StreamingResponseBody> insightCsv(
            @Parameter(schema = @Schema(allowableValues = {"calibration", "priorities", "teams", "huddles",
                    "kpi-values", "check-ins", "ownership"})) @PathVariable String figure,
            @RequestParam Quarter quarter, @RequestParam(required = false) TeamId teamId) {
        Figure chosen = Figure.named(figure).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no figure '" + figure + "'; the figures are " + String.join(", ", Figure.names())));
        Insights insights = insights(quarter, teamId);
        StreamingResponseBody body = out -> InsightCsv.write(chosen, chosen.rows.apply(insights), out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + chosen.fileName + "-"
                        + quarter.value() + ".csv\"")
                .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .body(body);
    }

    /** A team that does not exist, named like a malformed parameter: 400 with its field. */
    private static ResponseStatusException unknown(TeamId teamId) {
        ResponseStatusException refused = new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "teamId: no team with id '" + teamId.value() + "'");
        refused.getBody().setProperty("field", "teamId");
        return refused;
    }
}
