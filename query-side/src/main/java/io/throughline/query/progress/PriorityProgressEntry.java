package io.throughline.query.progress;

import io.throughline.kernel.Change;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.progress.Weights;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A row of {@code priority_progress_view}: a priority's measured progress and what it weighs in its parent's. */
@Entity
@Table(name = "priority_progress_view")
public class PriorityProgressEntry {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    @Column(name = "parent_priority_id")
    private String parentPriorityId;
    private String quarter;
    @Enumerated(EnumType.STRING)
    private PriorityStatus status;
    private BigDecimal weight;
    @Column(name = "milestones_weight")
    private BigDecimal milestonesWeight;
    @Column(name = "milestones_done")
    private int milestonesDone;
    @Column(name = "milestones_total")
    private int milestonesTotal;
    private BigDecimal progress;
    @Column(name = "state_version")
    private long stateVersion;

    protected PriorityProgressEntry() {
    }

    PriorityProgressEntry(PriorityAssigned event) {
        priorityId = event.priorityId().value();
        parentPriorityId = event.parentPriorityId() == null ? null : event.parentPriorityId().value();
        quarter = event.quarter().value();
        status = PriorityStatus.NOT_STARTED;
        weight = Weights.DEFAULT;
        milestonesWeight = Weights.DEFAULT;
    }

    void status(Change<PriorityStatus> change) {
        status = Change.valueAfter(change, status);
    }

    void realigned(PriorityId newParent) {
        parentPriorityId = newParent == null ? null : newParent.value();
    }

    void weighed(Change<BigDecimal> newWeight, Change<BigDecimal> newMilestonesWeight) {
        weight = Change.valueAfter(newWeight, weight);
        milestonesWeight = Change.valueAfter(newMilestonesWeight, milestonesWeight);
    }

    void milestones(int done, int total) {
        milestonesDone = done;
        milestonesTotal = total;
    }

    /** @return whether the progress moved */
    boolean measured(BigDecimal newProgress) {
        boolean moved = progress == null ? newProgress != null
                : newProgress == null || progress.compareTo(newProgress) != 0;
        progress = newProgress;
        return moved;
    }

    /** What a dashboard reads of it: a new one makes a new version. */
    Reading reading() {
        return new Reading(progress, weight, milestonesWeight, milestonesDone, milestonesTotal);
    }

    /** Its reading as it stands now, valid from the instant of the event that made it, as its newest version. */
    PriorityProgressVersionEntry newVersion(Instant validFrom) {
        stateVersion++;
        return new PriorityProgressVersionEntry(priorityId, stateVersion, validFrom, reading());
    }

    String priorityId() {
        return priorityId;
    }

    String parentPriorityId() {
        return parentPriorityId;
    }

    /** A closed priority keeps the progress it closed with: a missed one counts in its parent at its final value. */
    boolean closed() {
        return status.isClosed();
    }

    /** A dropped priority is no longer part of the plan: it counts in no parent's progress. */
    boolean counts() {
        return status != PriorityStatus.DROPPED;
    }

    BigDecimal progress() {
        return progress;
    }

    BigDecimal weight() {
        return weight;
    }

    /** Its own measures around the KPIs given and the aligned priorities given. */
    List<Measure> measures(List<Measure> kpis, List<Measure> children) {
        return reading().measures(kpis, children);
    }

    record Reading(BigDecimal progress, BigDecimal weight, BigDecimal milestonesWeight, int milestonesDone,
                   int milestonesTotal) {

        /** Its measures around the KPIs given and the aligned priorities given. */
        List<Measure> measures(List<Measure> kpis, List<Measure> children) {
            return Measures.of(kpis, milestonesDone, milestonesTotal, milestonesWeight, children);
        }
    }
}
