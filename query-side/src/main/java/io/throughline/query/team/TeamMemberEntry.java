package io.throughline.query.team;

import io.throughline.kernel.PersonId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A row of {@code team_member}: one person belonging to one team. */
@Entity
@Table(name = "team_member")
@IdClass(TeamMemberEntry.Key.class)
public class TeamMemberEntry {

    @Id
    @Column(name = "team_id")
    private String teamId;
    @Id
    @Column(name = "person_id")
    private String personId;
    @Column(name = "added_at")
    private Instant addedAt;

    protected TeamMemberEntry() {
    }

    TeamMemberEntry(String teamId, String personId, Instant addedAt) {
        this.teamId = teamId;
        this.personId = personId;
        this.addedAt = addedAt;
    }

    String teamId() {
        return teamId;
    }

    public PersonId person() {
        return new PersonId(personId);
    }

    record Key(String teamId, String personId) implements Serializable {
    }
}
