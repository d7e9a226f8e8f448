package io.throughline.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.audit.AuditFilter;
import io.throughline.kernel.audit.ChainVerification;
import io.throughline.kernel.audit.VerifyAuditChain;
import io.throughline.kernel.audit.AuditPage;
import io.throughline.kernel.audit.SearchAudit;
import io.throughline.query.web.Params;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;


@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
class AuditQueryController {

    static final String TEXT_CSV = "text/csv";
    static final int MAX_PAGE_SIZE = 500;

    private final QueryGateway queries;

    AuditQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The organisation's audit log, newest first, filtered and paged",
            description = "Every event of every team, plan, priority and KPI. Filters: teamId, actor, type (the event's "
                    + "name, such as PriorityDropped), from (inclusive) and to (exclusive) as ISO instants. The answer's "
                    + "upTo is the newest entry it includes: pass it with the next pages so that they do not shift while "
                    + "new events arrive. size is 1 to " + MAX_PAGE_SIZE + ".")
    AuditPage search(@ParameterObject AuditFilter filter,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Params.within("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        Params.within("size", size, 1, MAX_PAGE_SIZE);
        Params.ordered("from", filter.from(), "to", filter.to());
        return queries.query(new SearchAudit(filter, page, size), AuditPage.class).join();
    }

    @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Recomputes the hash chain over the event log and finds the first event altered since it was stored",
            description = "Each event's SHA-256 is chained to the previous event's when the event is first seen. "
                    + "verified counts the events whose link still holds; firstBrokenAt is the global sequence of the "
                    + "first altered, removed or inserted event, or null. Events appended in the last moments may not "
                    + "be linked yet and are not counted. 501 when the event log is kept by Axon Server.")
    ChainVerification verify() {
        return queries.query(new VerifyAuditChain(), ResponseTypes.optionalInstanceOf(ChainVerification.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED,
                        "the event log is kept by Axon Server, which checks its own integrity"));
    }

    @GetMapping(produces = TEXT_CSV)
    @Operation(summary = "The organisation's audit log as CSV, newest first, streamed",
            description = "The same filters as the JSON listing, without paging: every matching entry, one row each, "
                    + "read in chunks so that an export of any size never sits in memory whole. changes is a JSON object.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string")))
    ResponseEntity<StreamingResponseBody> export(@ParameterObject AuditFilter filter) {
        Params.ordered("from", filter.from(), "to", filter.to());
        StreamingResponseBody body = out -> AuditExport.write(queries, filter, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .body(body);
    }
}
