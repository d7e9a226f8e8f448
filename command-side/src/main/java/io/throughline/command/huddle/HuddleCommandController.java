package io.throughline.command.huddle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.idempotency.IdempotencyKey;
import io.throughline.command.web.Created;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.MetricUpdate;
import io.throughline.kernel.huddle.PriorityUpdate;
import io.throughline.kernel.huddle.ResolveStuckItem;
import io.throughline.kernel.huddle.StuckItem;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@RestController
@RequestMapping("/api/teams/{teamId}/huddles")
@Tag(name = "Huddles")
class HuddleCommandController {

    private final CommandGateway commands;

    HuddleCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record HuddleRequest(LocalDate date, PersonId facilitatorId, List<PersonId> attendeeIds,
                         List<PriorityUpdate> priorityUpdates, List<MetricUpdate> metricUpdates,
                         List<StuckRequest> stuck, List<String> wins) {
    }

    record StuckRequest(String description, PersonId ownerId, PriorityId priorityId) {
    }

    record ResolveRequest(String resolution) {
    }

    @PostMapping
    @Operation(summary = "Hold a team's weekly huddle (HoldHuddle)",
            description = "For leaders at or above the team and the team's own lead and members. Records who met (facilitatorId defaults to the signed-in person), the status reported per "
                    + "priority ({priorityId, status, comment}), the KPI values per period ({metricId, period, value}), "
                    + "what is stuck ({description, ownerId, priorityId?}) and the wins. Each status and value is applied "
                    + "as the status report or RecordMetric the signed-in person would send, checked the same way, and "
                    + "marked with the huddle in the audit trail; if any is refused, nothing of the huddle is stored and "
                    + "the refusal names it (field priorityUpdates[1].status, say). Stuck items still open from earlier "
                    + "huddles are carried over to this one. One huddle per team and day; not in the future.")
    ResponseEntity<Created> hold(@PathVariable TeamId teamId, @RequestBody HuddleRequest request, Principal signedIn) {
        HuddleId huddleId = IdempotencyKey.newId("huddle", HuddleId::new);
        commands.sendAndWait(new HoldHuddle(huddleId, teamId, request.date(),
                request.facilitatorId() != null ? request.facilitatorId() : new PersonId(signedIn.getName()),
                request.attendeeIds(), request.priorityUpdates(), request.metricUpdates(), stuck(request.stuck()),
                request.wins()));
        return ResponseEntity.created(URI.create("/api/teams/" + teamId + "/huddles"))
                .body(new Created(huddleId.value()));
    }

    @PostMapping("/stuck/{itemId}/resolve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Resolve a stuck item raised in one of the team's huddles (ResolveStuckItem)",
            description = "Until resolved, it is on the agenda of every next huddle. A resolution is required; an "
                    + "item resolved already is refused with 409.")
    void resolve(@PathVariable TeamId teamId, @PathVariable StuckItemId itemId, @RequestBody ResolveRequest request) {
        commands.sendAndWait(new ResolveStuckItem(teamId, itemId, request.resolution()));
    }

    /** Each new item gets its id here, like everything a request creates. */
    private static List<StuckItem> stuck(List<StuckRequest> requested) {
        if (requested == null) {
            return List.of();
        }
        List<StuckItem> items = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            StuckRequest item = requested.get(i);
            items.add(item == null ? null : new StuckItem(IdempotencyKey.newId("stuck-item-" + i, StuckItemId::new),
                    item.description(), item.ownerId(), item.priorityId()));
        }
        return items;
    }
}
