package io.throughline.command.priority;

import io.throughline.command.authorisation.Actor;
import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.priority.AddMilestone;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.ChangeMilestone;
import io.throughline.kernel.priority.CompleteMilestone;
import io.throughline.kernel.priority.RemoveMilestone;
import io.throughline.kernel.priority.ChangePriority;
import io.throughline.kernel.priority.CompletePriority;
import io.throughline.kernel.priority.DropPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.ReassignPriority;
import io.throughline.kernel.priority.RealignPriority;
import io.throughline.kernel.priority.ContributeToPriority;
import io.throughline.kernel.priority.ServeAnnualGoal;
import io.throughline.kernel.priority.StopContributingToPriority;
import io.throughline.kernel.priority.ReinstatePriority;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import io.throughline.kernel.priority.WeighPriority;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Leaders assign, change, realign, reassign, drop and reinstate the priorities of the teams they lead and every team
 * below them. The owner of a priority, a leader or a member, reports its status and completes it; leaders above may
 * do so too. Owners and leaders above plan, change and complete its milestones. A priority that does not exist is let
 * through to the handler, which answers 404.
 */
@Component
public class PriorityPolicy implements FeaturePolicy {

    private final Leadership leadership;
    private final PriorityDirectory priorities;

    public PriorityPolicy(Leadership leadership, PriorityDirectory priorities) {
        this.leadership = leadership;
        this.priorities = priorities;
    }

    @Override
    public void grant(Permissions permissions) {
        permissions.allow(AssignPriority.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(ChangePriority.class, (actor, c) -> leads(actor, c.priorityId()));
        permissions.allow(ReassignPriority.class, (actor, c) -> leads(actor, c.priorityId()));
        permissions.allow(RealignPriority.class, (actor, c) -> leads(actor, c.priorityId()));
        // a lateral link is alignment too: decided by whoever may realign the priority
        permissions.allow(ContributeToPriority.class, (actor, c) -> leads(actor, c.priorityId()));
        permissions.allow(StopContributingToPriority.class, (actor, c) -> leads(actor, c.priorityId()));
        permissions.allow(ServeAnnualGoal.class, (actor, c) -> leads(actor, c.priorityId()));
        // how much a priority counts in its parent's progress is the leaders' call, as its alignment is
        permissions.allow(WeighPriority.class, (actor, c) -> leads(actor, c.priorityId()));
        permissions.allow(DropPriority.class, (actor, c) -> leads(actor, c.priorityId()));
        permissions.allow(ReinstatePriority.class, (actor, c) -> leads(actor, c.priorityId()));
        permissions.allow(UpdatePriorityStatus.class, (actor, c) -> ownsOrLeads(actor, c.priorityId()));
        permissions.allow(CompletePriority.class, (actor, c) -> ownsOrLeads(actor, c.priorityId()));
        // the owner builds their own execution plan (the seeds' "Empower & Release")
        permissions.allow(AddMilestone.class, (actor, c) -> ownsOrLeads(actor, c.priorityId()));
        permissions.allow(ChangeMilestone.class, (actor, c) -> ownsOrLeads(actor, c.priorityId()));
        permissions.allow(CompleteMilestone.class, (actor, c) -> ownsOrLeads(actor, c.priorityId()));
        permissions.allow(RemoveMilestone.class, (actor, c) -> ownsOrLeads(actor, c.priorityId()));
    }

    private boolean leads(Actor actor, PriorityId priority) {
        return actor.isLeader() && placementOf(priority).map(p -> leadership.leadsAtOrAbove(actor, p.teamId()))
                .orElse(true);
    }

    /** Leaders and members report on what they own; leaders on what teams they lead hold. */
    private boolean ownsOrLeads(Actor actor, PriorityId priority) {
        return actor.isLeaderOrMember() && placementOf(priority)
                .map(p -> actor.person().equals(p.ownerId()) || leadership.leadsAtOrAbove(actor, p.teamId()))
                .orElse(true);
    }

    private Optional<Placement> placementOf(PriorityId priority) {
        return priority == null ? Optional.empty() : priorities.placementOf(priority);
    }
}
