package io.throughline.query.plan;

import io.throughline.kernel.audit.FieldChange;
import io.throughline.kernel.plan.PlanAsOf;
import io.throughline.kernel.plan.PlanChanges;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The difference between two states of one plan: what an auditor asks when comparing two dates. */
final class PlanDiff {

    /** The fields of a priority compared one by one; the owner is reported as a reassignment instead. */
    private static final List<Field<PriorityView>> PRIORITY_FIELDS = List.of(
            new Field<>("title", PriorityView::title),
            new Field<>("description", PriorityView::description),
            new Field<>("successCriterion", PriorityView::successCriterion),
            new Field<>("dueDate", PriorityView::dueDate),
            new Field<>("status", PriorityView::status),
            new Field<>("parentPriorityId", PriorityView::parentPriorityId));

    private static final List<Field<TeamPlan.Framing>> FRAMING_FIELDS = List.of(
            new Field<>("purpose", TeamPlan.Framing::purpose),
            new Field<>("outcome", TeamPlan.Framing::outcome),
            new Field<>("annualGoals", TeamPlan.Framing::annualGoals));

    private PlanDiff() {
    }

    static PlanChanges between(PlanAsOf from, PlanAsOf to) {
        Map<PriorityId, PriorityView> before = from.priorities().stream()
                .collect(Collectors.toMap(PriorityView::id, Function.identity()));
        List<PriorityView> kept = to.priorities().stream().filter(priority -> before.containsKey(priority.id())).toList();
        return new PlanChanges(to.teamId(), to.quarter(), from.asOf(), to.asOf(),
                differences(FRAMING_FIELDS, from.framing(), to.framing()),
                to.priorities().stream().filter(priority -> !before.containsKey(priority.id())).toList(),
                kept.stream()
                        .map(priority -> new PlanChanges.ChangedPriority(priority.id(), priority.title(),
                                differences(PRIORITY_FIELDS, before.get(priority.id()), priority)))
                        .filter(changed -> !changed.fields().isEmpty())
                        .toList(),
                kept.stream()
                        .filter(priority -> !priority.ownerId().equals(before.get(priority.id()).ownerId()))
                        .map(priority -> new PlanChanges.Reassignment(priority.id(), priority.title(),
                                before.get(priority.id()).ownerId(), priority.ownerId()))
                        .toList(),
                newly(PriorityStatus.DROPPED, before, to),
                newly(PriorityStatus.COMPLETED, before, to));
    }

    private static List<PriorityView> newly(PriorityStatus status, Map<PriorityId, PriorityView> before, PlanAsOf to) {
        return to.priorities().stream()
                .filter(priority -> priority.status() == status)
                .filter(priority -> !before.containsKey(priority.id()) || before.get(priority.id()).status() != status)
                .toList();
    }

    /** Field by field, the values that differ; a side that does not exist has no values. */
    private static <T> Map<String, FieldChange> differences(List<Field<T>> fields, T before, T after) {
        Map<String, FieldChange> differences = new LinkedHashMap<>();
        for (Field<T> field : fields) {
            Object old = before == null ? null : field.value().apply(before);
            Object now = after == null ? null : field.value().apply(after);
            if (!Objects.equals(old, now)) {
                differences.put(field.name(), new FieldChange(text(old), text(now)));
            }
        }
        return differences;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private record Field<T>(String name, Function<T, Object> value) {
    }
}
