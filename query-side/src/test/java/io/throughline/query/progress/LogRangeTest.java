package io.throughline.query.progress;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LogRangeTest {

    private final LogRange write = LogRange.between(GapAwareTrackingToken.newInstance(9, Set.of()),
            GapAwareTrackingToken.newInstance(11, Set.of()));

    @Test
    void aProcessorBeforeTheEndOfTheWriteHasNotHandledIt() {
        assertThat(write.handledBy(GapAwareTrackingToken.newInstance(10, Set.of()))).isFalse();
    }

    @Test
    void aProcessorAtOrPastTheEndOfTheWriteHasHandledIt() {
        assertThat(write.handledBy(GapAwareTrackingToken.newInstance(11, Set.of()))).isTrue();
        assertThat(write.handledBy(GapAwareTrackingToken.newInstance(40, Set.of()))).isTrue();
        assertThat(write.handledBy(new GlobalSequenceTrackingToken(11))).as("Axon Server's tokens").isTrue();
    }

    @Test
    void anEventOfTheWriteStillMissingBelowTheProcessorHoldsItUp() {
        assertThat(write.handledBy(GapAwareTrackingToken.newInstance(12, Set.of(10L)))).isFalse();
    }

    @Test
    void aGapOlderThanTheWriteDoesNotHoldItUp() {
        assertThat(write.handledBy(GapAwareTrackingToken.newInstance(12, Set.of(3L, 9L)))).isTrue();
    }

    @Test
    void aWriteThatStoredNothingIsHandledAtOnce() {
        assertThat(new LogRange(9, 9).handledBy(null)).isTrue();
        assertThat(LogRange.between(null, null).handledBy(null)).isTrue();
    }

    @Test
    void aReplayingProcessorIsWhereItsReplayIs() {
        GapAwareTrackingToken head = GapAwareTrackingToken.newInstance(50, Set.of());
        assertThat(write.handledBy(ReplayToken.createReplayToken(head, GapAwareTrackingToken.newInstance(5, Set.of()))))
                .isFalse();
    }
}
