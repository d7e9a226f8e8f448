package io.throughline.query;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchBufferTest {

    @Test
    void theEventsOfABatchShareOneBufferWrittenOnceJustBeforeTheBatchCommits() {
        List<List<String>> written = new ArrayList<>();
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(
                GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second")));

        batch.executeWithResult(() -> {
            List<String> rows = BatchBuffer.of(batch, "rows", ArrayList::new, written::add);
            rows.add((String) batch.getMessage().getPayload());
            assertThat(written).as("nothing written while the batch is handled").isEmpty();
            return null;
        });

        assertThat(written).containsExactly(List.of("first", "second"));
    }

    @Test
    void writtenEarlyTheBufferStartsAgainForTheRestOfTheBatch() {
        List<List<String>> written = new ArrayList<>();
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(
                GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second")));

        batch.executeWithResult(() -> {
            BatchBuffer.<List<String>>of(batch, "rows", ArrayList::new, written::add).add((String) batch.getMessage().getPayload());
            if (written.isEmpty()) {
                BatchBuffer.writeNow(batch);
                assertThat(written).as("written at once").containsExactly(List.of("first"));
            }
            return null;
        });

        assertThat(written).containsExactly(List.of("first"), List.of("second"));
    }

    @Test
    void aBatchRolledBackWritesOnlyWhatWasWrittenEarly() {
        List<List<String>> written = new ArrayList<>();
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("only")));
        batch.start();

        BatchBuffer.<List<String>>of(batch, "rows", ArrayList::new, written::add).add("only");
        BatchBuffer.writeNow(batch);
        batch.rollback();

        assertThat(written).containsExactly(List.of("only"));
    }

    @Test
    void aBatchThatFailsWritesNothing() {
        List<List<String>> written = new ArrayList<>();
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("only")));

        batch.executeWithResult(() -> {
            BatchBuffer.<List<String>>of(batch, "rows", ArrayList::new, written::add).add("only");
            throw new IllegalStateException("a handler failed");
        });

        assertThat(written).isEmpty();
    }
}
