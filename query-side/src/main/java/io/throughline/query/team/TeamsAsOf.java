package io.throughline.query.team;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamLeadAppointed;
import io.throughline.kernel.team.TeamMemberAdded;
import io.throughline.kernel.team.TeamMemberRemoved;
import io.throughline.kernel.team.TeamMoved;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.kernel.team.TeamRenamed;
import io.throughline.query.EventHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every team as it stood at a past instant (name, place in the hierarchy, lead, members), folded from the log: a
 * company has a hundred teams or so, each with a short history, where it has thousands of priorities.
 */
@Component
public class TeamsAsOf {

    /** Deeper than any organisation: a guard, should the log ever hold a loop of parents. */
    private static final int MAX_DEPTH = 64;

    private final TeamEntryRepository teams;
    private final EventHistory history;

    TeamsAsOf(TeamEntryRepository teams, EventHistory history) {
        this.teams = teams;
        this.history = history;
    }

    /** The teams registered by the instant; a team's identity never changes, so today's list names every one. */
    public Map<TeamId, TeamThen> at(Instant instant) {
        Map<TeamId, TeamThen> then = new HashMap<>();
        teams.findAll().forEach(team -> fold(new TeamId(team.teamId()), instant)
                .ifPresent(folded -> then.put(folded.teamId(), folded)));
        then.values().forEach(team -> team.level = levelOf(team, then));
        return then;
    }

    /** One team as it stood at the instant, its level counted from the teams above it then; empty before it was. */
    public Optional<TeamThen> team(TeamId teamId, Instant instant) {
        Optional<TeamThen> team = fold(teamId, instant);
        team.ifPresent(then -> {
            for (Optional<TeamThen> above = parentOf(then, instant); above.isPresent() && then.level < MAX_DEPTH;
                 above = parentOf(above.get(), instant)) {
                then.level++;
            }
        });
        return team;
    }

    private Optional<TeamThen> parentOf(TeamThen team, Instant instant) {
        return team.parentTeamId == null ? Optional.empty() : fold(team.parentTeamId, instant);
    }

    /** The team's name at the instant; empty when it was not registered yet. */
    public Optional<String> nameAsOf(TeamId teamId, Instant instant) {
        return fold(teamId, instant).map(TeamThen::name);
    }

    private Optional<TeamThen> fold(TeamId teamId, Instant instant) {
        TeamThen team = null;
        for (DomainEventMessage<?> event : history.until(teamId.value(), instant)) {
            Object payload = event.getPayload();
            if (payload instanceof TeamRegistered registered) {
                team = new TeamThen(teamId, registered.name(), registered.parentTeamId());
            } else if (team == null) {
                continue;
            } else if (payload instanceof TeamRenamed renamed) {
                team.name = Change.valueAfter(renamed.name(), team.name);
            } else if (payload instanceof TeamMoved moved) {
                team.parentTeamId = Change.valueAfter(moved.parentTeamId(), team.parentTeamId);
            } else if (payload instanceof TeamLeadAppointed appointed) {
                team.leadId = Change.valueAfter(appointed.leadId(), team.leadId);
            } else if (payload instanceof TeamMemberAdded added) {
                team.members.add(added.personId());
            } else if (payload instanceof TeamMemberRemoved removed) {
                team.members.remove(removed.personId());
            }
        }
        return Optional.ofNullable(team);
    }

    private static int levelOf(TeamThen team, Map<TeamId, TeamThen> teams) {
        int level = 0;
        for (TeamThen above = teams.get(team.parentTeamId); above != null && level < MAX_DEPTH;
             above = teams.get(above.parentTeamId)) {
            level++;
        }
        return level;
    }

    /** A team at the instant asked for. */
    public static final class TeamThen {

        private final TeamId teamId;
        private final Set<PersonId> members = new LinkedHashSet<>();
        private String name;
        private TeamId parentTeamId;
        private PersonId leadId;
        private int level;

        private TeamThen(TeamId teamId, String name, TeamId parentTeamId) {
            this.teamId = teamId;
            this.name = name;
            this.parentTeamId = parentTeamId;
        }

        public TeamId teamId() {
            return teamId;
        }

        public String name() {
            return name;
        }

        public TeamId parentTeamId() {
            return parentTeamId;
        }

        public PersonId leadId() {
            return leadId;
        }

        public Set<PersonId> members() {
            return Set.copyOf(members);
        }

        /** 0 for a root team (an organisation), one more for each team above. */
        public int level() {
            return level;
        }
    }
}
