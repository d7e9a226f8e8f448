package io.throughline.query.huddle;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.huddle.HuddleHeld;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.MetricUpdate;
import io.throughline.kernel.huddle.PriorityUpdate;
import io.throughline.kernel.huddle.StuckItem;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.team.TeamId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of {@code huddle_view}; its JSON columns hold plain text and numbers, for analysts' SQL. */
@Entity
@Table(name = "huddle_view")
class HuddleEntry {

    @Id
    @Column(name = "huddle_id")
    private String huddleId;
    @Column(name = "team_id")
    private String teamId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "facilitator_id")
    private String facilitatorId;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> attendees;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "priority_updates")
    private List<ReportedStatus> priorityUpdates;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "metric_updates")
    private List<ReportedValue> metricUpdates;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> wins;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "carried_over")
    private List<String> carriedOver;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected HuddleEntry() {
    }

    static HuddleEntry held(HuddleHeld event, Instant at) {
        HuddleEntry entry = new HuddleEntry();
        entry.huddleId = event.huddleId().value();
        entry.teamId = event.teamId().value();
        entry.heldOn = event.date();
        entry.facilitatorId = event.facilitatorId().value();
        entry.attendees = event.attendeeIds().stream().map(PersonId::value).toList();
        entry.priorityUpdates = event.priorityUpdates().stream().map(update -> new ReportedStatus(
                update.priorityId().value(), update.status() == null ? null : update.status().name(), update.comment()))
                .toList();
        entry.metricUpdates = event.metricUpdates().stream().map(update -> new ReportedValue(
                update.metricId().value(), update.period().value(), update.value())).toList();
        entry.wins = event.wins();
        entry.carriedOver = event.carriedOver().stream().map(StuckItemId::value).toList();
        entry.recordedAt = at;
        return entry;
    }

    String huddleId() {
        return huddleId;
    }

    String teamId() {
        return teamId;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    TeamHuddles.Huddle toHuddle(String teamName, List<StuckItem> raised) {
        return new TeamHuddles.Huddle(new HuddleId(huddleId), new TeamId(teamId), teamName, heldOn,
                new PersonId(facilitatorId), attendees.stream().map(PersonId::new).toList(),
                priorityUpdates.stream().map(ReportedStatus::toUpdate).toList(),
                metricUpdates.stream().map(ReportedValue::toUpdate).toList(), raised,
                carriedOver.stream().map(StuckItemId::new).toList(), wins);
    }

    record ReportedStatus(String priorityId, String status, String comment) {

        PriorityUpdate toUpdate() {
            return new PriorityUpdate(new PriorityId(priorityId), status == null ? null : PriorityStatus.valueOf(status),
                    comment);
        }
    }

    record ReportedValue(String metricId, String period, BigDecimal value) {

        MetricUpdate toUpdate() {
            return new MetricUpdate(new MetricId(metricId), new Period(period), value);
        }
    }
}
