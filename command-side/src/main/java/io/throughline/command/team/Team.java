package io.throughline.command.team;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A node of the organisation tree: the company at the root, departments and teams below. */
@Aggregate
public class Team {

    @AggregateIdentifier
    private TeamId id;
    private TeamId parentTeamId;

    protected Team() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Team(RegisterTeam command, TeamDirectory teams) {
        String name = Require.text("name", command.name());
        if (command.parentTeamId() != null && !teams.exists(command.parentTeamId())) {
            throw CommandRejectedException.invalid("parentTeamId", "no team with id '" + command.parentTeamId() + "'");
        }
        apply(new TeamRegistered(command.teamId(), name, command.parentTeamId()));
    }

    @EventSourcingHandler
    void on(TeamRegistered event) {
        id = event.teamId();
        parentTeamId = event.parentTeamId();
    }

    /** For {@link TeamDirectory}: the tree is walked upwards through parents. */
    TeamId parentTeamId() {
        return parentTeamId;
    }
}
