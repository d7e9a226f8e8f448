package io.throughline.storage;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Listens, on a connection of its own, for the notification PostgreSQL sends when any instance commits new events
 * (see migration V15), and wakes the event store. Axon's embedded event store reads new events at once after a commit
 * of its own instance and otherwise polls every second; publishing nothing is how it is told to read now, so events
 * appended by another instance reach this one's processors as quickly as its own. If the connection is lost it
 * reconnects, and wakes the store once in case something was missed meanwhile; until then the store still polls.
 */
final class EventAppendListener implements SmartLifecycle {

    static final String CHANNEL = "throughline_events";
    private static final Logger LOG = LoggerFactory.getLogger(EventAppendListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 1_000;

    private final DataSource dataSource;
    private final EventStore events;
    private volatile boolean running;
    private Thread listener;

    EventAppendListener(DataSource dataSource, EventStore events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "event-append-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        listener.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                wake();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] appended = postgres.getNotifications(WAIT_MILLIS);
                    if (appended != null && appended.length > 0) {
                        wake();
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    LOG.warn("Not listening for appended events ({}); reconnecting in {} ms", lost.getMessage(),
                            RECONNECT_MILLIS);
                    pause();
                }
            }
        }
    }

    /** An empty publication: no events, but the store's reader runs as after a commit. */
    private void wake() {
        events.publish(List.of());
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
