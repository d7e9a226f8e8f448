package io.throughline.command.huddle;

import io.throughline.command.authorisation.CommandPolicy;
import io.throughline.command.metric.Metric;
import io.throughline.command.priority.Priority;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.quarter.QuarterDirectory;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.TextValue;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.MetricUpdate;
import io.throughline.kernel.huddle.PriorityUpdate;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Holds a huddle in one unit of work: records it on the team's {@link HuddleLog}, then applies each status report and
 * KPI value to its {@link Priority} or {@link Metric}, loaded through their repositories, with the very methods that
 * handle a leader's own UpdatePriorityStatus and RecordMetric, authorised as the signer's own command. Sending those
 * commands on instead would be atomic only on the local bus: Axon Server runs every command in a unit of work and
 * transaction of its own. So on any bus the huddle is stored with all of its updates or, when any is refused, with
 * none, and the refusal names the update at fault ({@code priorityUpdates[1].status}).
 */
@Component
class HuddleCommandHandler {

    private static final String HUDDLE_NOTE = "reported in the huddle";

    private final Repository<HuddleLog> huddleLogs;
    private final Repository<Priority> priorities;
    private final Repository<Metric> metrics;
    private final CommandPolicy policy;
    private final TeamDirectory teams;
    private final PriorityDirectory placements;
    private final QuarterDirectory quarters;
    private final Clock clock;

    HuddleCommandHandler(Repository<HuddleLog> huddleLogs, Repository<Priority> priorities, Repository<Metric> metrics,
                         CommandPolicy policy, TeamDirectory teams, PriorityDirectory placements, QuarterDirectory quarters,
                         Clock clock) {
        this.huddleLogs = huddleLogs;
        this.priorities = priorities;
        this.metrics = metrics;
        this.policy = policy;
        this.teams = teams;
        this.placements = placements;
        this.quarters = quarters;
        this.clock = clock;
    }

    @CommandHandler
    HuddleId handle(HoldHuddle command, MetaData metaData) throws Exception {
        huddleLogs.loadOrCreate(command.huddleKey(), HuddleLog::new)
                .execute(huddles -> huddles.hold(command, teams, placements, clock));
        // Every event from here on is one of the huddle's updates: the audit trail shows the huddle it was given in.
        CurrentUnitOfWork.get().registerCorrelationDataProvider(
                message -> Map.of(AuditMetadata.HUDDLE, command.huddleId().value()));
        List<PriorityUpdate> statuses = orEmpty(command.priorityUpdates());
        for (int i = 0; i < statuses.size(); i++) {
            FieldPath field = FieldPath.of("priorityUpdates").at(i);
            PriorityUpdate update = statuses.get(i);
            apply(field, metaData, new UpdatePriorityStatus(Require.present(field.then("priorityId"), update.priorityId()),
                    update.status(), update.comment(), null, null), update.priorityId(), priorities,
                    (priority, report) -> priority.handle(report, quarters));
        }
        List<MetricUpdate> values = orEmpty(command.metricUpdates());
        for (int i = 0; i < values.size(); i++) {
            FieldPath field = FieldPath.of("metricUpdates").at(i);
            MetricUpdate update = values.get(i);
            apply(field, metaData, new RecordMetric(Require.present(field.then("metricId"), update.metricId()),
                    update.period(), update.value(), HUDDLE_NOTE), update.metricId(), metrics, Metric::handle);
        }
        return command.huddleId();
    }

    /** Applies one update as its own command would be, refused in the huddle's terms. */
    private <A, C> void apply(FieldPath field, MetaData signer, C update, TextValue target, Repository<A> repository,
                              BiConsumer<A, C> handler) {
        try {
            policy.authorise(signer, update);
            repository.load(target.value()).execute(aggregate -> handler.accept(aggregate, update));
        } catch (CommandRejectedException refused) {
            throw CommandRejectedException.within(field, refused.rejection());
        } catch (AggregateNotFoundException | IncompatibleAggregateException missing) {
            throw CommandRejectedException.invalid(field, "nothing exists with id '" + target.value() + "'");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
