package io.throughline.command.decision;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.decision.DecisionMode;
import io.throughline.kernel.decision.RightHolder;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The decision rights of one team: per category, each holder's mode, in the order the rights were defined. */
final class DecisionRightsTable {

    private final Map<String, Map<RightHolder, DecisionMode>> byCategory = new HashMap<>();

    DecisionMode modeOf(String category, RightHolder holder) {
        return byCategory.getOrDefault(category, Map.of()).get(holder);
    }

    void define(String category, RightHolder holder, DecisionMode mode) {
        byCategory.computeIfAbsent(category, c -> new LinkedHashMap<>()).put(holder, mode);
    }

    void revoke(String category, RightHolder holder) {
        byCategory.get(category).remove(holder);
    }

    /**
     * Why a decision of the category by the decider is flagged, or {@code null} when the decider holds a DECIDE right
     * for it, as {@code heldByDecider} tells per holder.
     */
    String flagReason(String category, PersonId decider, Predicate<RightHolder> heldByDecider) {
        List<RightHolder> deciders = byCategory.getOrDefault(category, Map.of()).entrySet().stream()
                .filter(right -> right.getValue() == DecisionMode.DECIDE).map(Map.Entry::getKey).toList();
        if (deciders.isEmpty()) {
            return "no one holds the DECIDE right for '" + category + "'";
        }
        if (deciders.stream().anyMatch(heldByDecider)) {
            return null;
        }
        return decider + " holds no DECIDE right for '" + category + "'; DECIDE: "
                + String.join(", ", deciders.stream().map(RightHolder::toString).toList());
    }
}
