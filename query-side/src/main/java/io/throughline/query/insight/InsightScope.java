package io.throughline.query.insight;

import io.throughline.kernel.team.TeamId;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The teams a question is about: one team and every team below it, or the whole organisation. The figures are
 * filtered by these ids, so the tree is read once per question.
 */
/**
 * @param leaders the leads of those teams, or null for the whole organisation: then everyone who held a check-in
 */
record InsightScope(Map<String, String> teamNames, List<String> leaders) {

    private static final String EVERY_TEAM = "select team_id, name, lead_id from team_view order by name";
    private static final String TEAM_AND_BELOW = """
            with recursive scope as (
                select team_id, name, lead_id from team_view where team_id = :team
                union all
                select t.team_id, t.name, t.lead_id from team_view t join scope s on t.parent_team_id = s.team_id
            )
            select team_id, name, lead_id from scope order by name""";

    /** The scope, or empty when no team has the id. */
    static Optional<InsightScope> of(JdbcClient jdbc, TeamId teamId) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> leads = new LinkedHashMap<>();
        JdbcClient.StatementSpec read = teamId == null ? jdbc.sql(EVERY_TEAM)
                : jdbc.sql(TEAM_AND_BELOW).param("team", teamId.value());
        read.query(row -> {
            names.put(row.getString("team_id"), row.getString("name"));
            leads.put(row.getString("team_id"), row.getString("lead_id"));
        });
        if (teamId != null && names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InsightScope(names, teamId == null ? null
                : leads.values().stream().filter(Objects::nonNull).distinct().toList()));
    }

    List<String> teamIds() {
        return List.copyOf(teamNames.keySet());
    }

    String nameOf(String teamId) {
        return teamNames.get(teamId);
    }

    boolean isEmpty() {
        return teamNames.isEmpty();
    }
}
