package io.throughline.kernel.plan;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.audit.FieldChange;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a team's plan for a quarter differs between two instants.
 *
 * @param framing    per part of the framing (purpose, outcome, annualGoals), its value at {@code from} and at {@code to}
 * @param added      priorities assigned in between, as they stand at {@code to}
 * @param changed    priorities present at both instants whose fields differ, field by field (owner aside)
 * @param reassigned priorities present at both instants with another owner at {@code to}
 * @param dropped    priorities dropped at {@code to} that were not at {@code from}, as they stand at {@code to}
 * @param completed  priorities completed at {@code to} that were not at {@code from}, as they stand at {@code to}
 */
public record PlanChanges(TeamId teamId, Quarter quarter, Instant from, Instant to,
                          Map<String, FieldChange> framing,
                          List<PriorityView> added,
                          List<ChangedPriority> changed,
                          List<Reassignment> reassigned,
                          List<PriorityView> dropped,
                          List<PriorityView> completed) {

    public record ChangedPriority(PriorityId priorityId, String title, Map<String, FieldChange> fields) {
    }

    public record Reassignment(PriorityId priorityId, String title, PersonId before, PersonId after) {
    }
}
