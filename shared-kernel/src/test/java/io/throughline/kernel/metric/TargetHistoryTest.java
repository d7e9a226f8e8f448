package io.throughline.kernel.metric;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Target 100 from the definition on 1 Oct, raised to 120 on Thursday 12 Nov (week 46), higher is better. */
class TargetHistoryTest {

    private static final Instant DEFINED = Instant.parse("2026-10-01T09:00:00Z");
    private static final Instant RAISED = Instant.parse("2026-11-12T15:00:00Z");
    private static final TargetHistory HISTORY = new TargetHistory(Direction.HIGHER_IS_BETTER, List.of(
            new TargetVersion(DEFINED, new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("90"), "cy", null),
            new TargetVersion(RAISED, new BigDecimal("120"), new BigDecimal("120"), new BigDecimal("108"), "cy",
                    "board raised the bar")));

    @Test
    void aWeekThatEndedBeforeTheChangeIsJudgedByTheOldTarget() {
        assertThat(HISTORY.inForceAtEndOf(new Period("2026-W45")).target()).isEqualByComparingTo("100");
        assertThat(HISTORY.colourOf(new Period("2026-W45"), new BigDecimal("101"))).isEqualTo(Colour.GREEN);
    }

    @Test
    void theWeekOfTheChangeIsJudgedByTheTargetInForceAtItsEnd() {
        assertThat(HISTORY.inForceAtEndOf(new Period("2026-W46")).target()).isEqualByComparingTo("120");
        assertThat(HISTORY.colourOf(new Period("2026-W46"), new BigDecimal("101"))).isEqualTo(Colour.RED);
    }

    @Test
    void aChangeAtTheVeryFirstMomentOfTheNextWeekDoesNotJudgeTheWeekBefore() {
        TargetHistory atMidnight = new TargetHistory(Direction.HIGHER_IS_BETTER, List.of(HISTORY.versions().get(0),
                new TargetVersion(new Period("2026-W46").end(), new BigDecimal("120"), new BigDecimal("120"),
                        new BigDecimal("108"), "cy", "from Monday")));

        assertThat(atMidnight.inForceAtEndOf(new Period("2026-W46")).target()).isEqualByComparingTo("100");
        assertThat(atMidnight.inForceAtEndOf(new Period("2026-W47")).target()).isEqualByComparingTo("120");
    }

    @Test
    void aPeriodBeforeTheKpiExistedIsJudgedByTheTargetItWasDefinedWith() {
        assertThat(HISTORY.inForceAtEndOf(new Period("2026-Q2")).target()).isEqualByComparingTo("100");
    }

    @Test
    void knownAtAnInstantTheHistoryEndsWithTheTargetThenInForce() {
        TargetHistory early = HISTORY.knownAt(Instant.parse("2026-11-01T00:00:00Z"));

        assertThat(early.current().target()).isEqualByComparingTo("100");
        assertThat(early.colourOf(new Period("2026-W46"), new BigDecimal("101"))).isEqualTo(Colour.GREEN);
        assertThat(HISTORY.knownAt(RAISED).current().target()).isEqualByComparingTo("120");
    }
}
