package io.throughline.query.team;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamLeadAppointed;
import io.throughline.kernel.team.TeamMemberAdded;
import io.throughline.kernel.team.TeamMemberRemoved;
import io.throughline.kernel.team.TeamMoved;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.kernel.team.TeamRenamed;
import io.throughline.kernel.team.TeamView;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** {@code team_view} and {@code team_member}: the organisation tree with each team's lead and members. */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"team_view", "team_member"})
class TeamProjection {

    private final TeamEntryRepository teams;
    private final TeamMemberEntryRepository members;

    TeamProjection(TeamEntryRepository teams, TeamMemberEntryRepository members) {
        this.teams = teams;
        this.members = members;
    }

    @EventHandler
    void on(TeamRegistered event, @Timestamp Instant at) {
        String parent = event.parentTeamId() == null ? null : event.parentTeamId().value();
        teams.save(new TeamEntry(event.teamId().value(), event.name(), parent, levelBelow(parent), at));
    }

    @EventHandler
    void on(TeamRenamed event) {
        update(event.teamId(), team -> team.renamed(event.name().after()));
    }

    /** A move changes the level of the team and of every team below it. */
    @EventHandler
    void on(TeamMoved event) {
        TeamId newParent = event.parentTeamId().after();
        update(event.teamId(), team -> {
            team.moved(newParent);
            placeSubtree(team, levelBelow(newParent.value()));
        });
    }

    @EventHandler
    void on(TeamLeadAppointed event) {
        update(event.teamId(), team -> team.led(event.leadId().after()));
    }

    @EventHandler
    void on(TeamMemberAdded event, @Timestamp Instant at) {
        members.save(new TeamMemberEntry(event.teamId().value(), event.personId().value(), at));
    }

    @EventHandler
    void on(TeamMemberRemoved event) {
        members.deleteById(new TeamMemberEntry.Key(event.teamId().value(), event.personId().value()));
    }

    @ResetHandler
    void reset() {
        members.deleteAllInBatch();
        teams.deleteAllInBatch();
    }

    @QueryHandler
    Optional<TeamView> handle(FindTeam query) {
        return teams.findById(query.teamId().value()).map(team -> team.toView(membersOf(query.teamId())));
    }

    @QueryHandler
    List<TeamView> handle(ListTeams query) {
        // Every membership in one query, not one query a team: pages list a hundred teams.
        Map<String, List<PersonId>> membersByTeam = members.findAllByOrderByPersonIdAsc().stream()
                .collect(Collectors.groupingBy(TeamMemberEntry::teamId,
                        Collectors.mapping(TeamMemberEntry::person, Collectors.toList())));
        return teams.findAllByOrderByNameAsc().stream()
                .map(team -> team.toView(membersByTeam.getOrDefault(team.teamId(), List.of()))).toList();
    }

    private List<PersonId> membersOf(TeamId teamId) {
        return members.findByTeamIdOrderByPersonIdAsc(teamId.value()).stream().map(TeamMemberEntry::person).toList();
    }

    private int levelBelow(String parentTeamId) {
        return parentTeamId == null ? 0 : teams.findById(parentTeamId).map(parent -> parent.level() + 1).orElse(0);
    }

    private void placeSubtree(TeamEntry team, int level) {
        team.placedAt(level);
        teams.findByParentTeamId(team.teamId()).forEach(child -> placeSubtree(child, level + 1));
    }

    private void update(TeamId teamId, Consumer<TeamEntry> change) {
        teams.findById(teamId.value()).ifPresent(change);
    }
}
