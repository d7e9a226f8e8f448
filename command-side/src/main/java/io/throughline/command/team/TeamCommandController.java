package io.throughline.command.team;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.command.idempotency.IdempotencyKey;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.web.Created;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.nudge.SetTeamWebhook;
import io.throughline.kernel.team.AddTeamMember;
import io.throughline.kernel.team.AppointTeamLead;
import io.throughline.kernel.team.AssessmentDimension;
import io.throughline.kernel.team.RecordAssessment;
import io.throughline.kernel.team.MoveTeam;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.RemoveTeamMember;
import io.throughline.kernel.team.RenameTeam;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/teams")
@Tag(name = "Teams")
class TeamCommandController {

    private final CommandGateway commands;

    TeamCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record RegisterTeamRequest(String name, TeamId parentTeamId) {
    }

    record RenameRequest(String name) {
    }

    record MoveRequest(TeamId newParentTeamId) {
    }

    record PersonRequest(PersonId personId) {
    }

    record AssessmentRequest(AssessmentDimension dimension, BigDecimal score, Integer respondents, LocalDate date) {
    }

    @PostMapping
    @Operation(summary = "Register a team", description = "A team without parentTeamId is a root of the organisation tree.")
    ResponseEntity<Created> register(@RequestBody RegisterTeamRequest request) {
        TeamId teamId = IdempotencyKey.newId("team", TeamId::new);
        commands.sendAndWait(new RegisterTeam(teamId, request.name(), request.parentTeamId()));
        return ResponseEntity.created(URI.create("/api/teams/" + teamId)).body(new Created(teamId.value()));
    }

    @PatchMapping("/{teamId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rename a team")
    void rename(@PathVariable TeamId teamId, @RequestBody RenameRequest request) {
        commands.sendAndWait(new RenameTeam(teamId, request.name()));
    }

    @PostMapping("/{teamId}/parent")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Move a team under another parent", description = "Never under itself or a team below it.")
    void move(@PathVariable TeamId teamId, @RequestBody MoveRequest request) {
        commands.sendAndWait(new MoveTeam(teamId, request.newParentTeamId()));
    }

    record WebhookRequest(String url) {
    }

    @PutMapping("/{teamId}/webhook")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the team's chat webhook (its lead or an admin)", description = "A Slack or Microsoft "
            + "Teams incoming webhook, http(s), where the nudges of people who chose chat go; null or blank takes it "
            + "away. 400 naming url if it cannot be one; 409 if it is the team's webhook already. The audit log says "
            + "who changed it, not what it is.")
    void setWebhook(@PathVariable TeamId teamId, @RequestBody WebhookRequest request) {
        commands.sendAndWait(new SetTeamWebhook(teamId, request.url()));
    }

    @PutMapping("/{teamId}/lead")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Appoint the team's lead", description = "Replaces the current lead, if any.")
    void appointLead(@PathVariable TeamId teamId, @RequestBody PersonRequest request) {
        commands.sendAndWait(new AppointTeamLead(teamId, request.personId()));
    }

    @PostMapping("/{teamId}/members")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add a member to the team")
    void addMember(@PathVariable TeamId teamId, @RequestBody PersonRequest request) {
        commands.sendAndWait(new AddTeamMember(teamId, request.personId()));
    }

    @PostMapping("/{teamId}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a team assessment on one dimension (RecordAssessment)",
            description = "dimension is TEAM_DYNAMICS, STRATEGIC_ALIGNMENT, CULTURAL_HEALTH or DECISION_MAKING; score from 1 "
                    + "to 5 with one decimal. The first assessment on a dimension is the team's baseline.")
    void assess(@PathVariable TeamId teamId, @RequestBody AssessmentRequest request) {
        commands.sendAndWait(new RecordAssessment(teamId, request.dimension(), request.score(), request.respondents(),
                request.date()));
    }

    @DeleteMapping("/{teamId}/members/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member from the team")
    void removeMember(@PathVariable TeamId teamId, @PathVariable PersonId personId) {
        commands.sendAndWait(new RemoveTeamMember(teamId, personId));
    }
}
