package io.throughline.kernel.priority;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.util.List;
import java.util.Optional;

/**
 * The cascade rule: which priorities a priority may serve. The command side refuses every other parent and the pages
 * offer exactly these, both by asking this rule, so that what is offered is what is accepted.
 *
 * @param quarter    the quarter of the serving priority
 * @param teamsAbove every team above the serving priority's team, from its parent up to the root
 */
public record Cascade(Quarter quarter, List<TeamId> teamsAbove) {

    /** Why a candidate may not be served; the rules are checked, and named, in this order. */
    public enum Refusal {
        OTHER_QUARTER,
        NOT_HELD_ABOVE,
        CLOSED
    }

    public Cascade {
        teamsAbove = List.copyOf(teamsAbove);
    }

    /** For a priority of the first team of {@code teamAndAncestors}: the team, then its parent, up to the root. */
    public static Cascade below(List<TeamId> teamAndAncestors, Quarter quarter) {
        return new Cascade(quarter, teamAndAncestors.isEmpty() ? List.of()
                : teamAndAncestors.subList(1, teamAndAncestors.size()));
    }

    /** Why a priority of {@code team} in {@code candidateQuarter} may not be served; empty when it may. */
    public Optional<Refusal> refusal(TeamId team, Quarter candidateQuarter, boolean closed) {
        if (!quarter.equals(candidateQuarter)) {
            return Optional.of(Refusal.OTHER_QUARTER);
        }
        if (!teamsAbove.contains(team)) {
            return Optional.of(Refusal.NOT_HELD_ABOVE);
        }
        return closed ? Optional.of(Refusal.CLOSED) : Optional.empty();
    }

    public boolean mayServe(PriorityView candidate) {
        return refusal(candidate.teamId(), candidate.quarter(), candidate.status().isClosed()).isEmpty();
    }
}
