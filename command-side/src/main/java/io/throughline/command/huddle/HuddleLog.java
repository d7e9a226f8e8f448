package io.throughline.command.huddle;

import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.HuddleHeld;
import io.throughline.kernel.huddle.HuddleKey;
import io.throughline.kernel.huddle.MetricUpdate;
import io.throughline.kernel.huddle.PriorityUpdate;
import io.throughline.kernel.huddle.ResolveStuckItem;
import io.throughline.kernel.huddle.StuckItem;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.huddle.StuckItemResolved;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A team's huddles: the days it held one, and the stuck items raised that are still open, which every next huddle
 * carries over until someone resolves them.
 */
@Aggregate
public class HuddleLog {

    @AggregateIdentifier
    private String key;
    private final Set<LocalDate> heldOn = new HashSet<>();
    private final Set<StuckItemId> open = new LinkedHashSet<>();
    private final Set<StuckItemId> resolved = new HashSet<>();

    protected HuddleLog() {
        // for Axon: rebuilt from its events, or created empty for a team's first huddle
    }

    /** Checks the huddle and records it; {@link HuddleCommandHandler} then applies its updates. */
    void hold(HoldHuddle command, TeamDirectory teams, PriorityDirectory priorities, Clock clock) {
        if (!teams.exists(command.teamId())) {
            throw CommandRejectedException.notFound("teamId", "no team with id '" + command.teamId() + "'");
        }
        LocalDate date = Require.present("date", command.date());
        if (date.isAfter(LocalDate.now(clock))) {
            throw CommandRejectedException.ruleBroken(HuddleRule.HUDDLE_NOT_IN_FUTURE, "date",
                    date + " is still to come: record a huddle once it has been held");
        }
        if (heldOn.contains(date)) {
            throw CommandRejectedException.conflict(HuddleRule.ONE_HUDDLE_PER_DAY, "date",
                    "the team's huddle of " + date + " is already recorded");
        }
        PersonId facilitator = Require.present("facilitatorId", command.facilitatorId());
        if (!teams.hasLeadOrMember(command.teamId(), facilitator)
                && !leadsAbove(teams, command.teamId(), facilitator)) {
            throw CommandRejectedException.ruleBroken(HuddleRule.FACILITATOR_IN_TEAM, "facilitatorId",
                    facilitator + " neither leads nor belongs to the team, nor leads a team above it");
        }
        apply(new HuddleHeld(Require.present("huddleId", command.huddleId()), command.teamId(), date, facilitator,
                attendees(facilitator, command.attendeeIds()), List.copyOf(open),
                once("priorityUpdates", command.priorityUpdates(), PriorityUpdate::priorityId),
                once("metricUpdates", command.metricUpdates(), update -> update.metricId() + " " + update.period()),
                stuck(command.stuck(), priorities), wins(command.wins())));
    }

    @CommandHandler
    void handle(ResolveStuckItem command) {
        StuckItemId item = Require.present("itemId", command.itemId());
        if (resolved.contains(item)) {
            throw CommandRejectedException.conflict(HuddleRule.STUCK_ITEM_RESOLVED_ONCE, "itemId", "is already resolved");
        }
        if (!open.contains(item)) {
            throw CommandRejectedException.notFound("itemId", "no stuck item '" + item + "' in this team's huddles");
        }
        apply(new StuckItemResolved(command.teamId(), item, Require.text("resolution", command.resolution())));
    }

    /** A leader above holds the huddles of the teams below (HuddlePolicy): they may facilitate them too. */
    private static boolean leadsAbove(TeamDirectory teams, TeamId team, PersonId person) {
        return teams.chainOf(team).stream().skip(1).anyMatch(above -> person.equals(above.leadId()));
    }

    /** The facilitator takes part; everyone else is named once. */
    private static List<PersonId> attendees(PersonId facilitator, List<PersonId> attendeeIds) {
        Set<PersonId> attendees = new LinkedHashSet<>();
        attendees.add(facilitator);
        List<PersonId> named = attendeeIds == null ? List.of() : attendeeIds;
        for (int i = 0; i < named.size(); i++) {
            FieldPath field = FieldPath.of("attendeeIds").at(i);
            PersonId attendee = Require.present(field, named.get(i));
            if (!attendee.equals(facilitator) && !attendees.add(attendee)) {
                throw CommandRejectedException.invalid(field, attendee + " is listed twice");
            }
        }
        return List.copyOf(attendees);
    }

    /** One update per priority, or per KPI and period: two in one huddle would contradict each other. */
    private static <T> List<T> once(String field, List<T> updates, Function<T, Object> subject) {
        List<T> given = updates == null ? List.of() : updates;
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            FieldPath entry = FieldPath.of(field).at(i);
            T update = Require.present(entry, given.get(i));
            if (!seen.add(subject.apply(update))) {
                throw CommandRejectedException.invalid(entry, subject.apply(update) + " is updated twice");
            }
        }
        return List.copyOf(given);
    }

    private List<StuckItem> stuck(List<StuckItem> items, PriorityDirectory priorities) {
        List<StuckItem> raised = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            FieldPath field = FieldPath.of("stuck").at(i);
            StuckItem item = Require.present(field, items.get(i));
            if (item.priorityId() != null && priorities.placementOf(item.priorityId()).isEmpty()) {
                throw CommandRejectedException.invalid(field.then("priorityId"), "no priority with id '" + item.priorityId() + "'");
            }
            StuckItemId itemId = Require.present(field.then("itemId"), item.itemId());
            if (open.contains(itemId) || resolved.contains(itemId)) {
                throw CommandRejectedException.invalid(field.then("itemId"), "'" + itemId + "' is already in use");
            }
            raised.add(new StuckItem(itemId, Require.text(field.then("description"), item.description()),
                    Require.present(field.then("ownerId"), item.ownerId()), item.priorityId()));
        }
        return List.copyOf(raised);
    }

    private static List<String> wins(List<String> wins) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; wins != null && i < wins.size(); i++) {
            kept.add(Require.text(FieldPath.of("wins").at(i), wins.get(i)));
        }
        return List.copyOf(kept);
    }

    @EventSourcingHandler
    void on(HuddleHeld event) {
        key = HuddleKey.of(event.teamId());
        heldOn.add(event.date());
        event.stuck().forEach(item -> open.add(item.itemId()));
    }

    @EventSourcingHandler
    void on(StuckItemResolved event) {
        open.remove(event.itemId());
        resolved.add(event.itemId());
    }
}
