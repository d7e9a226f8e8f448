package io.throughline.command.quarter;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Closed quarters, open priorities and successors as a test sets them; every quarter is open until closed here. */
public final class InMemoryQuarters implements QuarterDirectory {

    private final Set<String> closed = new HashSet<>();
    private final Map<String, List<PriorityId>> open = new HashMap<>();
    private final Map<PriorityId, PriorityId> successors = new HashMap<>();

    public InMemoryQuarters closed(TeamId team, Quarter quarter) {
        closed.add(team + "@" + quarter);
        return this;
    }

    public InMemoryQuarters open(TeamId team, Quarter quarter, PriorityId... priorities) {
        open.computeIfAbsent(team + "@" + quarter, key -> new ArrayList<>()).addAll(List.of(priorities));
        return this;
    }

    public InMemoryQuarters carriedOver(PriorityId priority, PriorityId successor) {
        successors.put(priority, successor);
        return this;
    }

    @Override
    public boolean isClosed(TeamId teamId, Quarter quarter) {
        return closed.contains(teamId + "@" + quarter);
    }

    @Override
    public List<PriorityId> openPriorities(TeamId teamId, Quarter quarter) {
        return open.getOrDefault(teamId + "@" + quarter, List.of());
    }

    @Override
    public Optional<PriorityId> successorOf(PriorityId priorityId) {
        return Optional.ofNullable(successors.get(priorityId));
    }
}
