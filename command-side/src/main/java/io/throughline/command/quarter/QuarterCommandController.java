package io.throughline.command.quarter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.quarter.CloseQuarter;
import io.throughline.kernel.quarter.QuarterDecision;
import io.throughline.kernel.quarter.ReopenQuarter;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/teams/{teamId}/quarters/{quarter}")
@Tag(name = "Quarters")
class QuarterCommandController {

    private final CommandGateway commands;

    QuarterCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record CloseRequest(List<QuarterDecision> decisions) {
    }

    record ReopenRequest(String reason) {
    }

    @PostMapping("/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close and score a team's quarter (CloseQuarter)",
            description = "One decision {priorityId, outcome, reflection?, nextQuarterTitle?, nextOwnerId?} for every "
                    + "open priority of the team and quarter: DONE (reflection optional), MISSED (reflection required; "
                    + "its children stay aligned), DROP (reflection is the reason, required) or CARRY_OVER (opens the "
                    + "next quarter's priority, same title and owner unless named, under the parent's own successor "
                    + "when the parent was carried over first). All or nothing; a missing, extra or unknown priority "
                    + "is refused with 422 naming decisions or decisions[i].priorityId. A closed quarter accepts no new "
                    + "priority, status report or reinstatement (409). For the team's lead or a lead above.")
    void close(@PathVariable TeamId teamId, @PathVariable Quarter quarter, @RequestBody CloseRequest request) {
        commands.sendAndWait(new CloseQuarter(teamId, quarter, request.decisions()));
    }

    @PostMapping("/reopen")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reopen a closed quarter, with a reason (ReopenQuarter)",
            description = "The quarter had not ended after all: its missed priorities return to their last open "
                    + "status; done, dropped and carried-over ones stay (reinstate those one by one). An open quarter "
                    + "is refused with 409. For the team's lead or a lead above.")
    void reopen(@PathVariable TeamId teamId, @PathVariable Quarter quarter, @RequestBody ReopenRequest request) {
        commands.sendAndWait(new ReopenQuarter(teamId, quarter, request.reason()));
    }
}
