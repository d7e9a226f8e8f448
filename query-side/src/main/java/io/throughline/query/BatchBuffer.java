package io.throughline.query;

import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a projection writes for a whole batch of events at once. A tracking processor handles up to a batch of events
 * in one unit of work and one transaction; a projection that folds them into a buffer here (the last state of each
 * row it touched, the rows to append) and writes the buffer with a few batched statements when the batch is about to
 * commit costs a round trip per table and batch, not per event. The processor's token is stored in the same
 * transaction, so rows and token stay together.
 * <p>
 * The buffer belongs to the root unit of work: one per batch, and one per event retried from the dead-letter queue
 * (which runs in a unit of work of its own). Handlers that read the rows they write must read them through the
 * buffer, which holds what the database does not have yet, or have it written first ({@link #writeNow}).
 */
public final class BatchBuffer {

    private static final String PENDING = BatchBuffer.class.getName() + ".pending";

    private BatchBuffer() {
    }

    /**
     * The batch's buffer under {@code key}, made by {@code fresh} on first use, when {@code write} is also set to run
     * (once, with the buffer) just before the batch commits.
     */
    public static <T> T of(UnitOfWork<?> unitOfWork, String key, Supplier<T> fresh, Consumer<? super T> write) {
        UnitOfWork<?> batch = unitOfWork.root();
        Map<String, Runnable> pending = pending(batch);
        return batch.getOrComputeResource(key, absent -> {
            T buffer = fresh.get();
            pending.put(key, () -> write.accept(buffer));
            return buffer;
        });
    }

    /**
     * Writes the batch's buffers now, in the order they were made, and starts new ones for what the batch adds after:
     * for a handler that must read, in SQL, what the batch wrote so far, and for a fold that rolls its batch back
     * instead of committing it (the consistency check's), which would otherwise write nothing.
     */
    public static void writeNow(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> batch = unitOfWork.root();
        Map<String, Runnable> pending = pending(batch);
        List<String> keys = new ArrayList<>(pending.keySet());
        for (String key : keys) {
            batch.resources().remove(key);
            pending.remove(key).run();
        }
    }

    private static Map<String, Runnable> pending(UnitOfWork<?> batch) {
        return batch.getOrComputeResource(PENDING, absent -> {
            batch.onPrepareCommit(committing -> writeNow(committing));
            return new LinkedHashMap<>();
        });
    }
}
