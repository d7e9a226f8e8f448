package io.throughline.command.huddle;

import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.MetricUpdate;
import io.throughline.kernel.huddle.PriorityUpdate;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Holds a huddle: records it on the team's {@link HuddleLog}, then sends each status report and KPI value on as the
 * command a leader would send, signed by the same person and marked with the huddle. On the local command bus they
 * run inside this command's unit of work and transaction, so the huddle is stored with all of its updates or, when
 * any of them is refused, with none, and the refusal names the update at fault.
 */
@Component
class HuddleCommandHandler {

    private final Repository<HuddleLog> huddleLogs;
    private final CommandGateway commands;
    private final TeamDirectory teams;
    private final PriorityDirectory priorities;
    private final Clock clock;

    HuddleCommandHandler(Repository<HuddleLog> huddleLogs, CommandGateway commands, TeamDirectory teams,
                         PriorityDirectory priorities, Clock clock) {
        this.huddleLogs = huddleLogs;
        this.commands = commands;
        this.teams = teams;
        this.priorities = priorities;
        this.clock = clock;
    }

    @CommandHandler
    HuddleId handle(HoldHuddle command) throws Exception {
        huddleLogs.loadOrCreate(command.huddleKey(), HuddleLog::new)
                .execute(huddles -> huddles.hold(command, teams, priorities, clock));
        MetaData fromTheHuddle = MetaData.with(AuditMetadata.HUDDLE, command.huddleId().value());
        List<PriorityUpdate> statuses = command.priorityUpdates() == null ? List.of() : command.priorityUpdates();
        for (int i = 0; i < statuses.size(); i++) {
            PriorityUpdate update = statuses.get(i);
            send("priorityUpdates[" + i + "]", new UpdatePriorityStatus(update.priorityId(), update.status(),
                    update.comment(), null, null), fromTheHuddle);
        }
        List<MetricUpdate> values = command.metricUpdates() == null ? List.of() : command.metricUpdates();
        for (int i = 0; i < values.size(); i++) {
            MetricUpdate update = values.get(i);
            send("metricUpdates[" + i + "]", new RecordMetric(update.metricId(), update.period(), update.value(),
                    "reported in the huddle"), fromTheHuddle);
        }
        return command.huddleId();
    }

    private void send(String field, Object command, MetaData metaData) {
        try {
            commands.sendAndWait(command, metaData);
        } catch (CommandExecutionException refused) {
            throw refused.getDetails().filter(CommandRejection.class::isInstance).map(CommandRejection.class::cast)
                    .map(rejection -> CommandRejectedException.within(field, rejection))
                    .orElseThrow(() -> refused);
        }
    }
}
