package io.throughline.query.decision;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.decision.DecisionMode;
import io.throughline.kernel.decision.DecisionRightDefined;
import io.throughline.kernel.decision.HolderRole;
import io.throughline.kernel.decision.RightHolder;
import io.throughline.kernel.team.TeamId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A row of {@code decision_right_view}: one holder's mode on one category of a team's decisions. */
@Entity
@Table(name = "decision_right_view")
@IdClass(DecisionRightEntry.Key.class)
public class DecisionRightEntry {

    private static final String ROLE = "ROLE";
    private static final String PERSON = "PERSON";

    @Id
    @Column(name = "team_id")
    private String teamId;
    @Id
    private String category;
    @Id
    @Column(name = "holder_kind")
    private String holderKind;
    @Id
    private String holder;
    @Enumerated(EnumType.STRING)
    private DecisionMode mode;
    @Column(name = "defined_at")
    private Instant definedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected DecisionRightEntry() {
    }

    static DecisionRightEntry defined(DecisionRightDefined event, Instant at) {
        Key key = keyOf(event.teamId(), event.category(), event.holder());
        DecisionRightEntry entry = new DecisionRightEntry();
        entry.teamId = key.teamId();
        entry.category = key.category();
        entry.holderKind = key.holderKind();
        entry.holder = key.holder();
        entry.mode = event.mode().after();
        entry.definedAt = at;
        entry.updatedAt = at;
        return entry;
    }

    void changed(DecisionMode newMode, Instant at) {
        mode = newMode;
        updatedAt = at;
    }

    static Key keyOf(TeamId teamId, String category, RightHolder right) {
        return right.personId() != null
                ? new Key(teamId.value(), category, PERSON, right.personId().value())
                : new Key(teamId.value(), category, ROLE, right.role().name());
    }

    String category() {
        return category;
    }

    DecisionMode mode() {
        return mode;
    }

    RightHolder holder() {
        return PERSON.equals(holderKind) ? RightHolder.of(new PersonId(holder)) : RightHolder.of(HolderRole.valueOf(holder));
    }

    record Key(String teamId, String category, String holderKind, String holder) implements Serializable {
    }
}
