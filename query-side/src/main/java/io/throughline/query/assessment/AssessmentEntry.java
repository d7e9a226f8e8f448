package io.throughline.query.assessment;

import io.throughline.kernel.team.AssessmentDimension;
import io.throughline.kernel.team.AssessmentRecorded;
import io.throughline.kernel.team.TeamAssessments;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code team_assessment}: one assessment of one team on one dimension. */
@Entity
@Table(name = "team_assessment")
@IdClass(AssessmentEntry.Key.class)
public class AssessmentEntry {

    @Id
    @Column(name = "team_id")
    private String teamId;
    @Id
    private long sequence;
    @Enumerated(EnumType.STRING)
    private AssessmentDimension dimension;
    private BigDecimal score;
    private int respondents;
    @Column(name = "assessed_on")
    private LocalDate assessedOn;
    private boolean baseline;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected AssessmentEntry() {
    }

    AssessmentEntry(AssessmentRecorded event, long sequence, Instant recordedAt) {
        this.teamId = event.teamId().value();
        this.sequence = sequence;
        this.dimension = event.dimension();
        this.score = event.score();
        this.respondents = event.respondents();
        this.assessedOn = event.date();
        this.baseline = event.baseline();
        this.recordedAt = recordedAt;
    }

    AssessmentDimension dimension() {
        return dimension;
    }

    boolean baseline() {
        return baseline;
    }

    BigDecimal score() {
        return score;
    }

    TeamAssessments.Assessment toAssessment() {
        return new TeamAssessments.Assessment(score, respondents, assessedOn);
    }

    record Key(String teamId, long sequence) implements Serializable {
    }
}
