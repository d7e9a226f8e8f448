package io.throughline.kernel;

import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextValueTest {

    @Test
    void personIdIsTheUsernameWithoutSurroundingBlanks() {
        assertThat(new PersonId("  alice ")).isEqualTo(new PersonId("alice")).hasToString("alice");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \t ")
    void blankIdsAreRejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonId(text)).withMessage("a person id must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new TeamId(text)).withMessage("a team id must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new PriorityId(text)).withMessage("a priority id must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new MetricId(text)).withMessage("a metric id must not be blank");
    }
}
