package io.throughline.web.words;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.plan.AnnualPlan;
import io.throughline.kernel.plan.FindAnnualGoal;
import io.throughline.kernel.metric.FindMetric;
import io.throughline.kernel.metric.MetricDetail;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamView;
import io.throughline.web.People;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Gives a page its {@link HistorySentences}, naming what the events refer to from the read models: the teams with
 * one query, each priority and KPI once however often the page mentions it.
 */
@Component
public class Histories {

    private final MessageSource messages;
    private final Clock clock;
    private final People people;
    private final QueryGateway queries;

    Histories(MessageSource messages, Clock clock, People people, QueryGateway queries) {
        this.messages = messages;
        this.clock = clock;
        this.people = people;
        this.queries = queries;
    }

    /** For one page: what it looks up is kept for that page only. */
    public HistorySentences sentences() {
        return new HistorySentences(new Words(messages, clock, ZoneId.of("UTC"), people::names), new Named());
    }

    private final class Named implements Things {

        private Map<String, String> teams;
        private final Map<String, Optional<String>> priorities = new HashMap<>();
        private final Map<String, Optional<Kpi>> kpis = new HashMap<>();
        private final Map<String, Optional<String>> annualGoals = new HashMap<>();

        @Override
        public String team(String teamId) {
            if (teams == null) {
                teams = queries.query(new ListTeams(), ResponseTypes.multipleInstancesOf(TeamView.class)).join().stream()
                        .collect(Collectors.toMap(team -> team.id().value(), TeamView::name, (a, b) -> a));
            }
            return teams.get(teamId);
        }

        @Override
        public String priority(String priorityId) {
            return priorities.computeIfAbsent(priorityId, id -> queries.query(new FindPriority(new PriorityId(id)),
                    ResponseTypes.optionalInstanceOf(PriorityView.class)).join().map(PriorityView::title)).orElse(null);
        }

        @Override
        public String annualGoal(String goalId) {
            return annualGoals.computeIfAbsent(goalId, id -> queries.query(new FindAnnualGoal(new AnnualGoalId(id)),
                    ResponseTypes.optionalInstanceOf(AnnualPlan.AnnualGoal.class)).join().map(AnnualPlan.AnnualGoal::title))
                    .orElse(null);
        }

        @Override
        public Kpi kpi(String metricId) {
            // Its name and unit only: one value, not the years of them a long-lived KPI holds.
            return kpis.computeIfAbsent(metricId, id -> queries.query(new FindMetric(new MetricId(id), 1),
                            ResponseTypes.optionalInstanceOf(MetricDetail.class)).join()
                    .map(detail -> new Kpi(detail.metric().name(), detail.metric().unit()))).orElse(null);
        }
    }
}
