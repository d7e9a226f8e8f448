package io.throughline.web;

import io.throughline.kernel.FieldPath;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.team.TeamId;
import io.throughline.web.HuddleForm.StatusRow;
import io.throughline.web.HuddleForm.StuckRow;
import io.throughline.web.HuddleForm.ValueRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A refusal names an entry of the command; the page shows it at the form row that entry came from. */
class HuddleFormTest {

    private final HuddleForm.Draft draft = new HuddleForm("2026-11-25", List.of("eli"),
            List.of(new StatusRow("p-untouched", "ON_TRACK", "ON_TRACK", null),
                    new StatusRow("p-commented", "ON_TRACK", "ON_TRACK", "slow"),
                    new StatusRow("p-changed", "ON_TRACK", "AT_RISK", null)),
            List.of(new ValueRow("m-blank", "2026-W48", " "), new ValueRow("m-typed", "2026-W48", "12")),
            List.of(new StuckRow(null, null, null), new StuckRow("Legal", "eli", null)), "A win")
            .draft(new HuddleId("h-1"), new TeamId("sales"), new PersonId("dana"));

    @Test
    void anUpdateIsShownAtTheRowItCameFrom() {
        assertThat(placed(FieldPath.of("priorityUpdates").at(1).then("status"))).isEqualTo("priorities[2].status");
        assertThat(placed(FieldPath.of("priorityUpdates").at(0).then("comment"))).isEqualTo("priorities[1].comment");
        assertThat(placed(FieldPath.of("priorityUpdates").at(0))).as("the update as a whole: at its status")
                .isEqualTo("priorities[1].status");
        assertThat(placed(FieldPath.of("metricUpdates").at(0).then("period"))).isEqualTo("metrics[1].period");
        assertThat(placed(FieldPath.of("metricUpdates").at(0))).isEqualTo("metrics[1].value");
        assertThat(placed(FieldPath.of("stuck").at(0).then("ownerId"))).isEqualTo("stuck[1].ownerId");
        assertThat(placed(FieldPath.of("stuck").at(0).then("itemId"))).isEqualTo("stuck[1].description");
    }

    @Test
    void aFieldWithAnInputOfItsOwnIsShownThere() {
        assertThat(placed(FieldPath.of("date"))).isEqualTo("date");
        assertThat(placed(FieldPath.of("attendeeIds").at(0))).isEqualTo("attendeeIds");
        assertThat(placed(FieldPath.of("wins").at(0))).isEqualTo("wins");
    }

    @Test
    void aFieldWithoutAnInputIsTheWholeForms() {
        assertThat(placed(FieldPath.of("facilitatorId"))).isNull();
        assertThat(placed(FieldPath.of("priorityUpdates"))).isNull();
        assertThat(placed(null)).isNull();
    }

    @Test
    void everyInputThatCannotBeReadOrIsMissingFromARowComesBackAtOnce() {
        HuddleForm typed = new HuddleForm("yesterday", List.of("eli"), List.of(),
                List.of(new ValueRow("m-1", "2026-W48", "lots"), new ValueRow("m-2", " ", "3,750")),
                List.of(new StuckRow("Legal", " ", null), new StuckRow(" ", "eli", null),
                        new StuckRow(null, null, null)),
                null);

        assertThatThrownBy(() -> typed.draft(new HuddleId("h-2"), new TeamId("sales"), new PersonId("dana")))
                .isInstanceOfSatisfying(UnreadableInput.class, unreadable -> assertThat(unreadable.refusals())
                        .extracting(refusal -> refusal.field().toString(), Refusals::message).containsExactly(
                                tuple("date", "cannot read 'yesterday'"),
                                tuple("metrics[0].value", "must be a number like 3,750 or 0.75, was 'lots'"),
                                tuple("metrics[1].period", "is required"),
                                tuple("stuck[0].ownerId", "is required"),
                                tuple("stuck[1].description", "must not be blank")));
    }

    @Test
    void aValueIsReadWithItsGrouping() {
        HuddleForm typed = new HuddleForm("2026-11-25", List.of(), List.of(),
                List.of(new ValueRow("m-1", "2026-W48", "3,750.5")), List.of(), null);
        assertThat(typed.draft(new HuddleId("h-3"), new TeamId("sales"), new PersonId("dana")).command()
                .metricUpdates().get(0).value()).isEqualByComparingTo("3750.5");
    }

    private String placed(FieldPath field) {
        Refusals refusal = draft.placed(new Refusals(field, "refused"));
        assertThat(refusal.message()).isEqualTo("refused");
        return refusal.field() == null ? null : refusal.field().toString();
    }
}
