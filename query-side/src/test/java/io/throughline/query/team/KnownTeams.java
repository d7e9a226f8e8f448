package io.throughline.query.team;

import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.query.support.InMemoryRepository;

import java.time.Instant;
import java.util.Arrays;

/** For projections that answer only about teams they know: the team view with the given teams. */
public final class KnownTeams {

    private KnownTeams() {
    }

    /** Each a root team. */
    public static TeamEntryRepository of(TeamId... teams) {
        return registered(Arrays.stream(teams).map(team -> new TeamRegistered(team, "Team " + team.value(), null))
                .toArray(TeamRegistered[]::new));
    }

    /** The team view with the teams as registered, parents first. */
    public static TeamEntryRepository registered(TeamRegistered... teams) {
        TeamEntryRepository known = InMemoryRepository.of(TeamEntryRepository.class, TeamEntry.class);
        TeamProjection projection = new TeamProjection(known,
                InMemoryRepository.of(TeamMemberEntryRepository.class, TeamMemberEntry.class));
        for (TeamRegistered team : teams) {
            projection.on(team, Instant.EPOCH);
        }
        return known;
    }
}
