package io.throughline.command;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Fills the command side's directories from the events stored before they existed: once, when the service starts on
 * a database whose directories were never filled (migration V19 leaves them empty beside an event log that may already
 * hold teams and priorities), through the same handlers that keep them current. Reads the log through Axon's event
 * store, so it works on the JPA store and on Axon Server alike.
 * <p>
 * It runs after Axon's components have started and before the web server takes requests, in one transaction that
 * holds the row marking it done: a second instance starting at the same time waits, then finds it done.
 */
public class DirectoryBackfill implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryBackfill.class);

    private final EventStore events;
    private final Supplier<EventHandlerInvoker> handlers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private volatile boolean running;

    DirectoryBackfill(EventStore events, Supplier<EventHandlerInvoker> handlers, JdbcTemplate jdbc,
                      TransactionTemplate transactions) {
        this.events = events;
        this.handlers = handlers;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void start() {
        transactions.executeWithoutResult(transaction -> {
            Boolean done = jdbc.queryForObject(
                    "select done_at is not null from command_directory_backfill where id = 1 for update", Boolean.class);
            if (!Boolean.TRUE.equals(done)) {
                long folded = foldTheLog();
                jdbc.update("update command_directory_backfill set done_at = now() where id = 1");
                LOG.info("Filled the command side's directories from {} stored events", folded);
            }
        });
        running = true;
    }

    /**
     * Folds the whole log into the directories again, for events appended around the service (the bench writes a
     * long history straight into the event store's table). The handlers set absolute values, so folding over rows
     * already there ends where the log ends.
     *
     * @return the number of events read
     */
    public long refold() {
        Long folded = transactions.execute(transaction -> foldTheLog());
        return folded == null ? 0 : folded;
    }

    private long foldTheLog() {
        TrackingToken head = events.createHeadToken();
        if (head == null || head.position().isEmpty()) {
            return 0;
        }
        long last = head.position().getAsLong();
        EventHandlerInvoker invoker = handlers.get();
        long read = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            while (true) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                read++;
                if (invoker.canHandle(event, Segment.ROOT_SEGMENT)) {
                    invoker.handle(event, Segment.ROOT_SEGMENT);
                }
                if (event.trackingToken().position().orElse(Long.MAX_VALUE) >= last) {
                    return read;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while filling the command side's directories", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not fill the command side's directories from the event log", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After Axon's last phase (its processors, the Axon Server connection), before the web server's start. */
    @Override
    public int getPhase() {
        return Phase.INSTRUCTION_COMPONENTS + 1;
    }
}
