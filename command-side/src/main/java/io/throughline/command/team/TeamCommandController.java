package io.throughline.command.team;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.command.web.Created;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

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

    @PostMapping
    @Operation(summary = "Register a team", description = "A team without parentTeamId is a root of the organisation tree.")
    ResponseEntity<Created> register(@RequestBody RegisterTeamRequest request) {
        TeamId teamId = TeamId.generate();
        commands.sendAndWait(new RegisterTeam(teamId, request.name(), request.parentTeamId()));
        return ResponseEntity.created(URI.create("/api/teams/" + teamId)).body(new Created(teamId.value()));
    }
}
