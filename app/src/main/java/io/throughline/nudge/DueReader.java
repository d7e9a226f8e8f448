package io.throughline.nudge;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.checkin.DirectReport;
import io.throughline.kernel.checkin.GetDirectReports;
import io.throughline.kernel.checkin.GetOpenCommitments;
import io.throughline.kernel.checkin.OpenCommitments;
import io.throughline.kernel.huddle.GetTeamHuddles;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.me.GetMyWeek;
import io.throughline.kernel.me.MyWeek;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.priority.PriorityEntryRepository;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the read models say of a person's week, asked as the pages ask it (/me's GetMyWeek, the check-in and huddle
 * queries), plus when each of their priorities was last reported on, which the priority read model keeps.
 */
@Component
class DueReader {

    private final QueryGateway queries;
    private final PriorityEntryRepository priorities;

    DueReader(QueryGateway queries, PriorityEntryRepository priorities) {
        this.queries = queries;
        this.priorities = priorities;
    }

    DueInputs read(PersonId person) {
        MyWeek week = queries.query(new GetMyWeek(person), MyWeek.class).join();
        List<MyWeek.OwnedMetric> metrics = new ArrayList<>(week.metrics());
        for (int page = 1; (long) page * GetMyWeek.KPIS_PER_PAGE < week.kpisOwned(); page++) {
            metrics.addAll(queries.query(new GetMyWeek(person, page), MyWeek.class).join().metrics());
        }
        Map<String, Instant> lastWordOn = new HashMap<>();
        priorities.findAllById(week.priorities().stream().map(priority -> priority.id().value()).toList())
                .forEach(entry -> lastWordOn.put(entry.toView().id().value(), lastWordOn(entry)));
        OpenCommitments commitments = queries.query(new GetOpenCommitments(person), OpenCommitments.class).join();
        List<DirectReport> reports = queries.query(new GetDirectReports(person),
                ResponseTypes.multipleInstancesOf(DirectReport.class)).join();
        Quarter quarter = Quarter.of(week.today());
        List<TeamHuddles> ledTeams = week.teamsILead().stream()
                .map(team -> queries.query(new GetTeamHuddles(team.teamId(), quarter), TeamHuddles.class).join())
                .filter(Objects::nonNull).toList();
        return new DueInputs(week, metrics, lastWordOn, commitments, reports, ledTeams);
    }

    private static Instant lastWordOn(PriorityEntry entry) {
        return entry.reportedAt() != null ? entry.reportedAt() : entry.assignedAt();
    }
}
