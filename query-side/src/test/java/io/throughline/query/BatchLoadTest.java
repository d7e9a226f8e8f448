package io.throughline.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BatchLoadTest {

    private final List<Collection<String>> loadedAhead = new ArrayList<>();
    private final List<String> loadedOne = new ArrayList<>();

    @Test
    void theRowsOfABatchAboutSeveralAggregatesAreLoadedInOneGoAndTheOthersByKeyOnce() {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(event("grow"), event("ship"), event("grow")));

        List<Optional<String>> found = new ArrayList<>();
        batch.execute(() -> { // once for each event of the batch
            found.add(find("grow"));
            found.add(find("ship"));
            found.add(find("parent of grow"));
        });

        assertThat(found).hasSize(9).containsOnly(Optional.of("row of grow"), Optional.of("row of ship"),
                Optional.of("row of parent of grow"));
        assertThat(loadedAhead).hasSize(1);
        assertThat(loadedAhead.get(0)).containsExactlyInAnyOrder("grow", "ship");
        assertThat(loadedOne).as("a row outside the batch's aggregates, found by key and kept").containsExactly(
                "parent of grow");
    }

    @Test
    void theRowOfABatchAboutOneAggregateIsFoundByKeyOnceForAllItsEvents() {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(event("grow"), event("grow")));

        batch.execute(() -> {
            find("grow");
            find("grow");
        });

        assertThat(loadedAhead).isEmpty();
        assertThat(loadedOne).containsExactly("grow");
    }

    @Test
    void outsideABatchEachRowIsFoundByKey() {
        find("grow");
        find("grow");

        assertThat(loadedOne).containsExactly("grow", "grow");
    }

    private Optional<String> find(String id) {
        return BatchLoad.find("rows", id, ids -> {
            loadedAhead.add(ids);
            return ids.stream().map(aggregate -> "row of " + aggregate).toList();
        }, row -> row.substring("row of ".length()), key -> {
            loadedOne.add(key);
            return Optional.of("row of " + key);
        });
    }

    private static GenericDomainEventMessage<String> event(String aggregate) {
        return new GenericDomainEventMessage<>("Priority", aggregate, 0, "happened");
    }
}
