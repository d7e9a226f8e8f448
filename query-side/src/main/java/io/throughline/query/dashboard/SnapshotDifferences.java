package io.throughline.query.dashboard;

import io.throughline.kernel.TextValue;
import io.throughline.kernel.dashboard.CompanyDashboard.Difference;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.priority.PriorityVersions.PriorityThen;
import io.throughline.query.team.TeamsAsOf.TeamThen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What is told differently now than in a quarter's final roll-up, field by field, in the snapshot's order. */
final class SnapshotDifferences {

    private SnapshotDifferences() {
    }

    static List<Difference> between(List<PriorityThen> snapshot, Map<TeamId, TeamThen> teamsThen,
                                    List<CompanyPriority> now) {
        Map<PriorityId, CompanyPriority> nowById = now.stream()
                .collect(Collectors.toMap(CompanyPriority::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Difference> differences = new ArrayList<>();
        for (PriorityThen then : snapshot) {
            PriorityView was = then.view();
            CompanyPriority is = nowById.remove(was.id());
            String teamName = teamsThen.get(was.teamId()).name();
            if (is == null) {
                differences.add(new Difference(was.id(), was.title(), teamName, "priority", was.title(), null));
                continue;
            }
            compare(differences, is, "status", was.status(), is.status());
            compare(differences, is, "title", was.title(), is.title());
            compare(differences, is, "ownerId", was.ownerId(), is.ownerId());
            compare(differences, is, "dueDate", was.dueDate(), is.dueDate());
            compare(differences, is, "parentPriorityId", was.parentPriorityId(), is.parentPriorityId());
        }
        nowById.values().forEach(is -> differences.add(
                new Difference(is.id(), is.title(), is.teamName(), "priority", null, is.title())));
        return differences;
    }

    private static void compare(List<Difference> differences, CompanyPriority is, String field, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            differences.add(new Difference(is.id(), is.title(), is.teamName(), field, text(was), text(now)));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof TextValue text ? text.value() : value.toString();
    }
}
