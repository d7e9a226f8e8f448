package io.throughline.query.team;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A row of {@code team_view}: one per team. */
@Entity
@Table(name = "team_view")
public class TeamEntry {

    @Id
    @Column(name = "team_id")
    private String teamId;
    private String name;
    @Column(name = "parent_team_id")
    private String parentTeamId;
    private int level;
    @Column(name = "lead_id")
    private String leadId;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected TeamEntry() {
    }

    TeamEntry(String teamId, String name, String parentTeamId, int level, Instant registeredAt) {
        this.teamId = teamId;
        this.name = name;
        this.parentTeamId = parentTeamId;
        this.level = level;
        this.registeredAt = registeredAt;
    }

    void renamed(String newName) {
        name = newName;
    }

    void moved(TeamId newParent) {
        parentTeamId = newParent.value();
    }

    void placedAt(int newLevel) {
        level = newLevel;
    }

    public int level() {
        return level;
    }

    public PersonId leadId() {
        return leadId == null ? null : new PersonId(leadId);
    }

    void led(PersonId lead) {
        leadId = lead.value();
    }

    public String teamId() {
        return teamId;
    }

    public String name() {
        return name;
    }

    public TeamId parentTeamId() {
        return parentTeamId == null ? null : new TeamId(parentTeamId);
    }

    TeamView toView(List<PersonId> members) {
        return new TeamView(new TeamId(teamId), name, parentTeamId(), level, leadId(), members);
    }
}
