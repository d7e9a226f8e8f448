package io.throughline.query.team;

import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.query.support.InMemoryRepository;

import java.time.Instant;

/** For projections that answer only about teams they know: the team view with the given teams, each a root team. */
public final class KnownTeams {

    private KnownTeams() {
    }

    public static TeamEntryRepository of(TeamId... teams) {
        TeamEntryRepository known = InMemoryRepository.of(TeamEntryRepository.class, TeamEntry.class);
        TeamProjection projection = new TeamProjection(known,
                InMemoryRepository.of(TeamMemberEntryRepository.class, TeamMemberEntry.class));
        for (TeamId team : teams) {
            projection.on(new TeamRegistered(team, "Team " + team.value(), null), Instant.EPOCH);
        }
        return known;
    }
}
