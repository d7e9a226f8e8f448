package io.throughline.web;

import io.throughline.query.progress.DashboardProgress;
import io.throughline.query.progress.LogRange;
import io.throughline.query.web.Answers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Read models follow the event log a few milliseconds behind. A page that sends a command waits, briefly, until the
 * processor feeding the pages has handled what the command stored, so that the leader sees the change on the page
 * that follows. Where the projections run in another process there is nothing here to wait for: the page shows what
 * the read models hold (and the team page reloads itself when the change arrives).
 */
@Component
public class ReadYourWrites {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore log;
    private final ObjectProvider<DashboardProgress> progress;

    ReadYourWrites(CommandGateway commands, QueryGateway queries, EventStore log,
                   ObjectProvider<DashboardProgress> progress) {
        this.commands = commands;
        this.queries = queries;
        this.log = log;
        this.progress = progress;
    }

    /** Sends the command and answers its result once the pages can read what it stored, or the patience ran out. */
    public <R> R send(Object command) {
        DashboardProgress projections = progress.getIfAvailable();
        if (projections == null) {
            return commands.sendAndWait(command);
        }
        TrackingToken before = log.createHeadToken();
        R result = commands.sendAndWait(command);
        projections.handled(LogRange.between(before, log.createHeadToken()), PATIENCE).join();
        return result;
    }

    public <Q, R> R now(Q query, Class<R> type) {
        return Answers.found(queries.query(query, ResponseTypes.optionalInstanceOf(type)), "no such " + type.getSimpleName());
    }

    /** A query answered with a list. */
    public <Q, R> List<R> all(Q query, Class<R> type) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }
}
