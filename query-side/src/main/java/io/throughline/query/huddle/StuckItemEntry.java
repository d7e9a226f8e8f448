package io.throughline.query.huddle;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.huddle.HuddleHeld;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.StuckItem;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.priority.PriorityId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A row of {@code stuck_item_view}: open while {@code resolved_at} is null. */
@Entity
@Table(name = "stuck_item_view")
class StuckItemEntry {

    @Id
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "team_id")
    private String teamId;
    @Column(name = "huddle_id")
    private String huddleId;
    @Column(name = "raised_on")
    private LocalDate raisedOn;
    private String description;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(name = "priority_id")
    private String priorityId;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    private String resolution;

    protected StuckItemEntry() {
    }

    static StuckItemEntry raised(HuddleHeld huddle, StuckItem item) {
        StuckItemEntry entry = new StuckItemEntry();
        entry.itemId = item.itemId().value();
        entry.teamId = huddle.teamId().value();
        entry.huddleId = huddle.huddleId().value();
        entry.raisedOn = huddle.date();
        entry.description = item.description();
        entry.ownerId = item.ownerId().value();
        entry.priorityId = item.priorityId() == null ? null : item.priorityId().value();
        return entry;
    }

    void resolved(String how, Instant at) {
        resolution = how;
        resolvedAt = at;
    }

    String huddleId() {
        return huddleId;
    }

    StuckItem toItem() {
        return new StuckItem(new StuckItemId(itemId), description, new PersonId(ownerId),
                priorityId == null ? null : new PriorityId(priorityId));
    }

    TeamHuddles.OpenStuckItem toOpenItem(LocalDate today) {
        return new TeamHuddles.OpenStuckItem(new StuckItemId(itemId), description, new PersonId(ownerId),
                priorityId == null ? null : new PriorityId(priorityId), new HuddleId(huddleId), raisedOn,
                ChronoUnit.DAYS.between(raisedOn, today));
    }
}
