package io.throughline.query.decision;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.TextValue;
import io.throughline.kernel.decision.DecisionId;
import io.throughline.kernel.decision.DecisionRecorded;
import io.throughline.kernel.decision.TeamDecisions;
import io.throughline.kernel.priority.PriorityId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** A row of {@code decision_view}: one decision of a team's log, with its flag as judged when it was recorded. */
@Entity
@Table(name = "decision_view")
public class DecisionEntry {

    @Id
    @Column(name = "decision_id")
    private String decisionId;
    @Column(name = "team_id")
    private String teamId;
    /** The sequence number of the event in the team's log: orders the log exactly, also within one instant. */
    private long sequence;
    private String category;
    private String title;
    private String decision;
    @Column(name = "decider_id")
    private String deciderId;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> consulted;
    @Column(name = "related_priority_id")
    private String relatedPriorityId;
    private boolean flagged;
    @Column(name = "flag_reason")
    private String flagReason;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected DecisionEntry() {
    }

    DecisionEntry(DecisionRecorded event, long sequence, Instant at, String actor) {
        this.decisionId = event.decisionId().value();
        this.teamId = event.teamId().value();
        this.sequence = sequence;
        this.category = event.category();
        this.title = event.title();
        this.decision = event.decision();
        this.deciderId = event.deciderId().value();
        this.consulted = event.consulted().stream().map(TextValue::value).toList();
        this.relatedPriorityId = event.relatedPriorityId() == null ? null : event.relatedPriorityId().value();
        this.flagged = event.flagged();
        this.flagReason = event.flagReason();
        this.recordedAt = at;
        this.recordedBy = actor;
    }

    TeamDecisions.Decision toView() {
        return new TeamDecisions.Decision(new DecisionId(decisionId), category, title, decision, new PersonId(deciderId),
                consulted.stream().map(PersonId::new).toList(),
                relatedPriorityId == null ? null : new PriorityId(relatedPriorityId), flagged, flagReason, recordedAt,
                recordedBy);
    }
}
