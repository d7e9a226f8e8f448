package io.throughline.query.insight;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.insight.GetInsights;
import io.throughline.kernel.insight.Insights;
import io.throughline.kernel.insight.Insights.CalibrationBand;
import io.throughline.kernel.insight.Insights.HuddleCadence;
import io.throughline.kernel.insight.Insights.KpiTimeliness;
import io.throughline.kernel.insight.Insights.LeaderCheckIns;
import io.throughline.kernel.insight.Insights.OwnershipShare;
import io.throughline.kernel.insight.Insights.PriorityTime;
import io.throughline.kernel.priority.PriorityStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers {@link GetInsights}: each figure one set-based query over the read models, filtered by the teams in scope.
 * The insights' own tables hold the history of statuses; huddles, KPI values, check-ins and owners come from the
 * tables of their features, which keep their times already.
 */
@Component
class InsightQueries {

    /** Confidence bands, by their lower bound: 0–3, 4–6, 7–8, 9–10. */
    static final List<String> BANDS = List.of("0–3", "4–6", "7–8", "9–10");
    /** The ownership trend covers the quarter asked about and the seven before it: two years. */
    static final int TREND_QUARTERS = 8;

    private static final String CALIBRATION = """
            select band, team_id, owner_id, grouping(team_id) as all_teams, grouping(owner_id) as all_owners,
                   count(*) as reports, count(*) filter (where done) as done
            from (select case when c.confidence <= 3 then 0 when c.confidence <= 6 then 1
                              when c.confidence <= 8 then 2 else 3 end as band,
                         p.team_id, c.owner_id, p.status = 'COMPLETED' as done
                  from insight_status_change c join insight_priority p on p.priority_id = c.priority_id
                  where c.confidence is not null and p.status in ('COMPLETED', 'MISSED', 'CARRIED_OVER')
                    and p.quarter <= :quarter and p.team_id in (:teams)) reports
            group by grouping sets ((band), (band, team_id), (band, owner_id))
            order by band, team_id, owner_id""";

    private static final String TIME_AND_SLIPS = """
            with spans as (
                select c.priority_id, c.status,
                       greatest(0, extract(epoch from least(coalesce(lead(c.changed_at) over (
                           partition by c.priority_id order by c.sequence), :now), :quarterEnd) - c.changed_at))
                           as seconds
                from insight_status_change c join insight_priority p on p.priority_id = c.priority_id
                where p.quarter = :quarter and p.team_id in (:teams)
            )
            select p.priority_id, v.title, p.team_id, v.owner_id, v.status, v.change_count,
                   p.due_date_moves, p.title_changes, p.criterion_changes,
                   coalesce(sum(s.seconds) filter (where s.status = 'ON_TRACK'), 0) as on_track,
                   coalesce(sum(s.seconds) filter (where s.status = 'AT_RISK'), 0) as at_risk,
                   coalesce(sum(s.seconds) filter (where s.status = 'OFF_TRACK'), 0) as off_track
            from insight_priority p
            join priority_view v on v.priority_id = p.priority_id
            left join spans s on s.priority_id = p.priority_id
            where p.quarter = :quarter and p.team_id in (:teams)
            group by p.priority_id, v.title, p.team_id, v.owner_id, v.status, v.change_count,
                     p.due_date_moves, p.title_changes, p.criterion_changes
            order by v.change_count desc, off_track desc, v.title, p.priority_id""";

    private static final String HUDDLES = """
            select team_id, count(*) as huddles from huddle_view
            where held_on between :from and :to and team_id in (:teams)
            group by team_id""";

    /** A value is on time when it was first recorded before the end of its period (UTC). */
    private static final String KPI_VALUES = """
            select m.team_id,
                   count(*) filter (where v.recorded_at < period_end) as on_time,
                   count(*) filter (where v.recorded_at >= period_end) as late
            from metric_value v
            join metric_view m on m.metric_id = v.metric_id
            cross join lateral (select (v.period_start + case m.cadence when 'WEEKLY' then interval '7 days'
                                        when 'MONTHLY' then interval '1 month' else interval '3 months' end)
                                       at time zone 'UTC' as period_end) ends
            where v.period_start between :from and :to and m.team_id in (:teams)
            group by m.team_id""";

    private static final String CHECK_INS = """
            select leader_id, to_char(check_in_date, 'YYYY-MM') as month, count(*) as check_ins
            from check_in_view
            where check_in_date between :from and :to %s
            group by leader_id, month
            order by leader_id, month""";

    /** The dashboard's ownedBelowExecutives: owners who are neither lead nor member of a root team. */
    private static final String OWNERSHIP = """
            with executives as (
                select lead_id as person_id from team_view where level = 0 and lead_id is not null
                union
                select m.person_id from team_member m join team_view t on t.team_id = m.team_id where t.level = 0
            )
            select p.quarter, count(*) as out_of,
                   count(*) filter (where p.owner_id not in (select person_id from executives)) as below
            from priority_view p
            where p.status <> 'DROPPED' and p.quarter between :first and :quarter and p.team_id in (:teams)
            group by p.quarter
            order by p.quarter""";

    private final JdbcClient jdbc;
    private final Clock clock;

    InsightQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Empty when no team has the id asked about. */
    @QueryHandler
    Optional<Insights> handle(GetInsights query) {
        return InsightScope.of(jdbc, query.teamId()).map(scope -> insightsOf(query, scope));
    }

    private Insights insightsOf(GetInsights query, InsightScope scope) {
        String teamId = query.teamId() == null ? null : query.teamId().value();
        if (scope.isEmpty()) {
            return new Insights(query.quarter(), teamId, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of());
        }
        Quarter quarter = query.quarter();
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDay = today.isBefore(quarter.lastDay()) ? today : quarter.lastDay();
        List<CalibrationBand> calibration = calibration(quarter, scope);
        List<PriorityTime> priorities = timeAndSlips(quarter, scope);
        return new Insights(quarter, teamId,
                calibration.stream().filter(band -> band.teamId() == null && band.ownerId() == null).toList(),
                calibration.stream().filter(band -> band.teamId() != null).toList(),
                calibration.stream().filter(band -> band.ownerId() != null).toList(),
                priorities, TeamTotals.of(priorities, scope.teamNames()),
                huddles(quarter, lastDay, scope), kpiValues(quarter, scope), checkIns(quarter, scope),
                ownership(quarter, scope));
    }

    private List<CalibrationBand> calibration(Quarter quarter, InsightScope scope) {
        return jdbc.sql(CALIBRATION).param("quarter", quarter.value()).param("teams", scope.teamIds())
                .query((row, number) -> {
                    String team = row.getBoolean("all_teams") ? null : row.getString("team_id");
                    String owner = row.getBoolean("all_owners") ? null : row.getString("owner_id");
                    int reports = row.getInt("reports");
                    int done = row.getInt("done");
                    return new CalibrationBand(team, team == null ? null : scope.nameOf(team), owner,
                            BANDS.get(row.getInt("band")), reports, done, Insights.share(done, reports));
                }).list();
    }

    private List<PriorityTime> timeAndSlips(Quarter quarter, InsightScope scope) {
        Instant quarterEnd = quarter.lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return jdbc.sql(TIME_AND_SLIPS).param("quarter", quarter.value()).param("teams", scope.teamIds())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("quarterEnd", quarterEnd.atOffset(ZoneOffset.UTC))
                .query((row, number) -> new PriorityTime(row.getString("priority_id"), row.getString("title"),
                        row.getString("team_id"), scope.nameOf(row.getString("team_id")), row.getString("owner_id"),
                        PriorityStatus.valueOf(row.getString("status")), days(row, "on_track"), days(row, "at_risk"),
                        days(row, "off_track"), row.getInt("due_date_moves"), row.getInt("title_changes"),
                        row.getInt("criterion_changes"), row.getInt("change_count"))).list();
    }

    private List<HuddleCadence> huddles(Quarter quarter, LocalDate lastDay, InsightScope scope) {
        Map<String, Integer> held = new HashMap<>();
        jdbc.sql(HUDDLES).param("from", Date.valueOf(quarter.firstDay())).param("to", Date.valueOf(lastDay))
                .param("teams", scope.teamIds())
                .query(row -> {
                    held.put(row.getString("team_id"), row.getInt("huddles"));
                });
        long days = Math.max(0, ChronoUnit.DAYS.between(quarter.firstDay(), lastDay) + 1);
        BigDecimal weeks = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), Insights.SCALE, RoundingMode.HALF_UP);
        List<HuddleCadence> cadences = new ArrayList<>();
        scope.teamNames().forEach((team, name) -> {
            int huddles = held.getOrDefault(team, 0);
            cadences.add(new HuddleCadence(team, name, huddles, weeks, days == 0 ? null
                    : BigDecimal.valueOf(huddles * 7L).divide(BigDecimal.valueOf(days), Insights.SCALE,
                    RoundingMode.HALF_UP)));
        });
        return cadences;
    }

    private List<KpiTimeliness> kpiValues(Quarter quarter, InsightScope scope) {
        Map<String, KpiTimeliness> byTeam = new HashMap<>();
        jdbc.sql(KPI_VALUES).param("from", Date.valueOf(quarter.firstDay()))
                .param("to", Date.valueOf(quarter.lastDay())).param("teams", scope.teamIds())
                .query(row -> {
                    String team = row.getString("team_id");
                    int onTime = row.getInt("on_time");
                    int late = row.getInt("late");
                    byTeam.put(team, new KpiTimeliness(team, scope.nameOf(team), onTime, late,
                            Insights.share(onTime, onTime + late)));
                });
        return scope.teamIds().stream().filter(byTeam::containsKey).map(byTeam::get).toList();
    }

    private List<LeaderCheckIns> checkIns(Quarter quarter, InsightScope scope) {
        if (scope.leaders() != null && scope.leaders().isEmpty()) {
            return List.of();
        }
        JdbcClient.StatementSpec read = jdbc.sql(CHECK_INS.formatted(scope.leaders() == null ? ""
                        : "and leader_id in (:leaders)"))
                .param("from", Date.valueOf(quarter.firstDay())).param("to", Date.valueOf(quarter.lastDay()));
        if (scope.leaders() != null) {
            read = read.param("leaders", scope.leaders());
        }
        return read.query((row, number) -> new LeaderCheckIns(row.getString("leader_id"), row.getString("month"),
                row.getInt("check_ins"))).list();
    }

    private List<OwnershipShare> ownership(Quarter quarter, InsightScope scope) {
        Quarter first = Quarter.of(quarter.firstDay().minusMonths(3L * (TREND_QUARTERS - 1)));
        return jdbc.sql(OWNERSHIP).param("first", first.value()).param("quarter", quarter.value())
                .param("teams", scope.teamIds())
                .query((row, number) -> {
                    int below = row.getInt("below");
                    int outOf = row.getInt("out_of");
                    return new OwnershipShare(new Quarter(row.getString("quarter")), below, outOf,
                            Insights.share(below, outOf));
                }).list();
    }

    private static BigDecimal days(ResultSet row, String column) throws SQLException {
        return row.getBigDecimal(column).divide(BigDecimal.valueOf(86_400), Insights.SCALE, RoundingMode.HALF_UP);
    }
}
