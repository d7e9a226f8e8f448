package io.throughline.query.audit;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.audit.FieldChange;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.checkin.CheckInRecorded;
import io.throughline.kernel.checkin.Commitment;
import io.throughline.kernel.huddle.HuddleHeld;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.PriorityUpdate;
import io.throughline.kernel.plan.PlanReframed;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.team.TeamId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit trail shows of an event: each field as text an auditor, a spreadsheet or SQL can read. */
class EventChangesTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final PriorityId LOGOS = new PriorityId("logos");

    @Test
    void aChangeShowsBothSidesAndLeavesOutWhatDidNotChange() {
        PriorityChanged changed = new PriorityChanged(LOGOS, new Change<>("Win logos", "Win five logos"), null, null,
                new Change<>(null, LocalDate.of(2026, 12, 1)), null);
        assertThat(EventChanges.of(changed, LOGOS.value())).containsExactly(
                Map.entry("title", new FieldChange("Win logos", "Win five logos")),
                Map.entry("dueDate", new FieldChange(null, "2026-12-01")));
    }

    @Test
    void listsAndNestedRecordsAreJsonWithIdsAsPlainText() {
        HuddleHeld held = new HuddleHeld(new HuddleId("h1"), SALES, LocalDate.of(2026, 11, 25), new PersonId("dana"),
                List.of(new PersonId("dana"), new PersonId("eli")), List.of(),
                List.of(new PriorityUpdate(LOGOS, PriorityStatus.AT_RISK, "slow")), List.of(), List.of(), List.of("A win"));
        var changes = EventChanges.of(held, "sales@huddles");
        assertThat(changes.get("attendeeIds").after()).isEqualTo("[\"dana\",\"eli\"]");
        assertThat(changes.get("priorityUpdates").after())
                .isEqualTo("[{\"priorityId\":\"logos\",\"status\":\"AT_RISK\",\"comment\":\"slow\"}]");
        assertThat(changes.get("wins").after()).isEqualTo("[\"A win\"]");
        assertThat(changes.get("facilitatorId").after()).isEqualTo("dana");
    }

    @Test
    void aChangedListShowsBothListsAsJson() {
        PlanReframed reframed = new PlanReframed(SALES, new Quarter("2026-Q4"), null, null,
                new Change<>(List.of("Grow"), List.of("Grow", "Keep")), "board asked");
        assertThat(EventChanges.of(reframed, "sales@2026-Q4").get("annualGoals"))
                .isEqualTo(new FieldChange("[\"Grow\"]", "[\"Grow\",\"Keep\"]"));
        assertThat(EventChanges.reasonOf(reframed)).isEqualTo("board asked");
    }

    @Test
    void confidentialFieldsNeverReachTheAuditTrail() {
        CheckInRecorded recorded = new CheckInRecorded(new CheckInId("c1"), new PersonId("dana"), new PersonId("eli"),
                LocalDate.of(2026, 11, 25), CheckInPhase.COACH, List.of(), "Worried about burnout",
                List.of(new Commitment("Take Friday off", LocalDate.of(2026, 11, 27))));
        var changes = EventChanges.of(recorded, "c1");
        assertThat(changes).doesNotContainKey("notes");
        assertThat(changes.toString()).doesNotContain("burnout");
        assertThat(changes.get("commitments").after())
                .isEqualTo("[{\"text\":\"Take Friday off\",\"dueDate\":\"2026-11-27\"}]");
    }
}
