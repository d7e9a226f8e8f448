package io.throughline.command.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.plan.FramePlan;
import io.throughline.kernel.plan.ReframePlan;
import io.throughline.kernel.plan.SetLastingPlan;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/teams/{teamId}/plan")
@Tag(name = "Plans")
class PlanCommandController {

    private final CommandGateway commands;

    PlanCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record FrameRequest(Quarter quarter, String purpose, String outcome, List<String> annualGoals) {
    }

    record ReframeRequest(Quarter quarter, String purpose, String outcome, List<String> annualGoals, String reason) {
    }

    record LastingPlanRequest(List<String> coreValues, String purpose, String bhag, List<String> longRangeTargets,
                              String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Frame a team's One Page Plan for a quarter (FramePlan)",
            description = "outcome says what a win looks like. A plan already framed is refused with 409: reframe it with PUT.")
    void frame(@PathVariable TeamId teamId, @RequestBody FrameRequest request) {
        commands.sendAndWait(new FramePlan(teamId, required(request.quarter()), request.purpose(), request.outcome(),
                request.annualGoals()));
    }

    @PutMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reframe a team's plan for a quarter (ReframePlan)",
            description = "Fields left out keep their value; a reframing that changes nothing is refused with 409.")
    void reframe(@PathVariable TeamId teamId, @RequestBody ReframeRequest request) {
        commands.sendAndWait(new ReframePlan(teamId, required(request.quarter()), request.purpose(), request.outcome(),
                request.annualGoals(), request.reason()));
    }

    @PutMapping("/lasting")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the lasting parts of a team's plan (SetLastingPlan)",
            description = "Core values, purpose, the long-range target (bhag) and the 3-5-year targets, kept across "
                    + "quarters. Fields left out keep their value; a change that changes nothing is refused with 409.")
    void setLastingPlan(@PathVariable TeamId teamId, @RequestBody LastingPlanRequest request) {
        commands.sendAndWait(new SetLastingPlan(teamId, request.coreValues(), request.purpose(), request.bhag(),
                request.longRangeTargets(), request.reason()));
    }

    /** The quarter names the plan: without it the command could not be addressed at all. */
    private static Quarter required(Quarter quarter) {
        if (quarter == null) {
            throw CommandRejectedException.invalid("quarter", "is required");
        }
        return quarter;
    }
}
