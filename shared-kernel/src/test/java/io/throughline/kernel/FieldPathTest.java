package io.throughline.kernel;

import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.FieldPath.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldPathTest {

    @Test
    void aPathIsBuiltFromNamesAndPositionsAndReadsAsTheApiNamesTheField() {
        FieldPath path = FieldPath.of("priorityUpdates").at(1).then("status");

        assertThat(path.segments()).containsExactly(new Segment("priorityUpdates", null), new Segment(null, 1),
                new Segment("status", null));
        assertThat(path).hasToString("priorityUpdates[1].status");
        assertThat(FieldPath.of("matrix").at(0).at(2)).hasToString("matrix[0][2]");
    }

    @Test
    void aPathInsideAnotherContinuesIt() {
        FieldPath nested = FieldPath.of("commitments").at(0).then("dueDate");

        assertThat(FieldPath.of("checkIns").at(3).then(nested)).hasToString("checkIns[3].commitments[0].dueDate");
    }

    @Test
    void aNameIsOneNameNeverANestedPathWrittenAsText() {
        assertThatThrownBy(() -> FieldPath.of("stuck[0].ownerId")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPath.of("a.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPath.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPath.of("wins").at(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldPath(List.of(new Segment(null, 0)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextOfAPathReadsBackAsThePath() {
        for (FieldPath path : List.of(FieldPath.of("title"), FieldPath.of("wins").at(12),
                FieldPath.of("stuck").at(0).then("ownerId"), FieldPath.of("matrix").at(0).at(2).then("cell"))) {
            assertThat(FieldPath.parse(path.toString())).isEqualTo(path);
        }
        for (String notAPath : List.of("", "a..b", "a[", "a[x]", "a[1]b", "[1]", "a[-1]")) {
            assertThatThrownBy(() -> FieldPath.parse(notAPath)).as(notAPath).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aRefusalWithAPathNamesItsFieldAsText() {
        CommandRejection rejection = new CommandRejection(Kind.INVALID, FieldPath.of("stuck").at(2).then("ownerId"),
                "is required", null);

        assertThat(rejection.field()).isEqualTo("stuck[2].ownerId");
        assertThat(new CommandRejection(Kind.FORBIDDEN, null, "no", null).field()).isNull();
    }

    @Test
    void aRefusalFromANodeThatSentOnlyTheFieldTextGetsItsPath() {
        CommandRejection older = new CommandRejection(Kind.CONFLICT, "priorityUpdates[1].status", "closed", "rule", null);

        assertThat(older.path()).isEqualTo(FieldPath.of("priorityUpdates").at(1).then("status"));
    }
}
