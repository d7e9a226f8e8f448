package io.throughline.query.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.query.deadletter.DeadLetterRetry;
import io.throughline.query.deadletter.DeadLetterView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Operating the read side rather than the domain: it talks to Axon's processors, not through the gateways, because a
 * replay or a retry of dead letters is not a change of the organisation's plan and leaves no event.
 */
@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Administration")
class ProjectionAdminController {

    private final ProjectionAdministration projections;

    ProjectionAdminController(ProjectionAdministration projections) {
        this.projections = projections;
    }

    @GetMapping
    @Operation(summary = "The projections (event processors) and where each stands, live while one replays",
            description = "status is REPLAYING, CATCHING_UP, LIVE, ERROR or STOPPED; position and head are global "
                    + "sequences of the event log; percentDone is position as a share of head.")
    List<ProjectionStatus> list() {
        return projections.list();
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuilds a projection from the event log",
            description = "Clears its tables and replays every event in the background; follow it with GET. Until it "
                    + "is LIVE again its read models are incomplete. 404 for an unknown name, 409 for the hash chain "
                    + "(integrity), which is never rebuilt, or when another node holds the projection.")
    ProjectionStatus replay(@PathVariable String name) {
        return projections.replay(name);
    }

    @PostMapping("/{name}/release")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Hands a projection over to another instance of the service",
            description = "With several instances on one PostgreSQL each projection runs where it was first claimed. "
                    + "This instance gives up its segments for about 10 s; another instance claims them, or this one "
                    + "takes them back. 404 for an unknown name, 409 when this instance does not hold the projection.")
    ProjectionStatus release(@PathVariable String name) {
        return projections.release(name);
    }

    @GetMapping("/{name}/dead-letters")
    @Operation(summary = "The events a projection could not handle, parked in its dead-letter queue",
            description = "The projection went on with the rest of the log; each parked event holds back the later "
                    + "events of its sequence (its aggregate), which are listed after it with no cause of their own. "
                    + "Up to 100, the longest untouched sequence first; the projection's deadLetters count says how "
                    + "many in all. 404 for an unknown name; the hash chain (integrity) parks none.")
    List<DeadLetterView> deadLetters(@PathVariable String name) {
        return projections.deadLetters(name);
    }

    @PostMapping("/{name}/dead-letters/retry")
    @Operation(summary = "Retries a projection's dead letters, after a fix",
            description = "Each sequence is handled again from its first letter on, in order, until one fails again; "
                    + "those stay parked with one more failed retry counted. The answer says how many sequences were "
                    + "tried and cleared and how many letters remain. 404 for an unknown name, 409 for the hash chain "
                    + "(integrity), which parks nothing and retries by itself.")
    DeadLetterRetry retryDeadLetters(@PathVariable String name) {
        return projections.retryDeadLetters(name);
    }
}
