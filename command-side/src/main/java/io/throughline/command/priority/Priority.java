package io.throughline.command.priority;

import io.throughline.command.AggregateCaches;
import io.throughline.command.plan.AnnualGoalDirectory;
import io.throughline.command.quarter.ClosedQuarters;
import io.throughline.command.quarter.QuarterDirectory;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.CommonRule;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.AddMilestone;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.ChangeMilestone;
import io.throughline.kernel.priority.CompleteMilestone;
import io.throughline.kernel.priority.MilestoneAdded;
import io.throughline.kernel.priority.MilestoneChanged;
import io.throughline.kernel.priority.MilestoneCompleted;
import io.throughline.kernel.priority.MilestoneId;
import io.throughline.kernel.priority.MilestoneRemoved;
import io.throughline.kernel.priority.RemoveMilestone;
import io.throughline.kernel.priority.Cascade;
import io.throughline.kernel.priority.ChangePriority;
import io.throughline.kernel.priority.ContributeToPriority;
import io.throughline.kernel.priority.PriorityContributionAdded;
import io.throughline.kernel.priority.PriorityContributionRemoved;
import io.throughline.kernel.priority.StopContributingToPriority;
import io.throughline.kernel.priority.CompletePriority;
import io.throughline.kernel.priority.DropPriority;
import io.throughline.kernel.priority.PriorityAnnualGoalChanged;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityCarriedOver;
import io.throughline.kernel.priority.PriorityContinued;
import io.throughline.kernel.priority.PriorityMissed;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.priority.RealignPriority;
import io.throughline.kernel.priority.ReassignPriority;
import io.throughline.kernel.priority.ReinstatePriority;
import io.throughline.kernel.priority.ServeAnnualGoal;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import io.throughline.kernel.priority.PriorityWeighed;
import io.throughline.kernel.priority.WeighPriority;
import io.throughline.kernel.progress.Weights;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A quarterly priority of one team, owned by one person, possibly serving a priority of a team above.
 * Every handler returns the priority's version after the command, for optimistic locking by the caller.
 */
@Aggregate(cache = AggregateCaches.PRIORITIES)
public class Priority {

    private static final int MAX_CONFIDENCE = 10;

    @AggregateIdentifier
    private PriorityId id;
    private TeamId teamId;
    private Quarter quarter;
    private String title;
    private String description;
    private String successCriterion;
    private LocalDate dueDate;
    private PersonId ownerId;
    private PriorityId parentPriorityId;
    /** The annual goal of its year it serves, if any. */
    private AnnualGoalId annualGoalId;
    private PriorityStatus status;
    /** The status to return to when a closed priority is reinstated. */
    private PriorityStatus lastOpenStatus;
    /** The owner's execution plan, in the order the milestones were added. */
    private final Map<MilestoneId, Milestone> milestones = new LinkedHashMap<>();

    /** Priorities of other teams this one contributes to besides its parent (lateral alignment). */
    private final Set<PriorityId> contributesTo = new LinkedHashSet<>();

    /** Its weight in its parent's measured progress, and its milestones' weight among its own measures. */
    private BigDecimal weight = Weights.DEFAULT;
    private BigDecimal milestonesWeight = Weights.DEFAULT;

    /** What the rules of a milestone need to know of it. */
    private record Milestone(String title, LocalDate dueDate, boolean done) {
    }

    /** Whether anyone reported its status yet: from then on moving its goalposts needs a reason. */
    private boolean reported;

    protected Priority() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public long handle(AssignPriority command, TeamDirectory teams, PriorityDirectory priorities,
                       QuarterDirectory quarters, AnnualGoalDirectory annualGoals) {
        TeamId team = Require.present("teamId", command.teamId());
        Quarter assignedQuarter = Require.present("quarter", command.quarter());
        String assignedTitle = Require.text("title", command.title());
        PersonId owner = Require.present("ownerId", command.ownerId());
        List<TeamId> teamAndAncestors = teams.selfAndAncestors(team);
        if (teamAndAncestors.isEmpty()) {
            throw CommandRejectedException.invalid("teamId", "no team with id '" + team + "'");
        }
        requireOwnerInTeam("ownerId", owner, team, teams);
        ClosedQuarters.requireOpen(quarters, team, assignedQuarter, "quarter");
        requireDueInside(assignedQuarter, command.dueDate());
        if (command.parentPriorityId() != null) {
            requireCascade("parentPriorityId", command.parentPriorityId(), assignedQuarter, teamAndAncestors, priorities);
        }
        if (command.annualGoalId() != null) {
            requireServableGoal(command.annualGoalId(), assignedQuarter, teamAndAncestors, annualGoals);
        }
        apply(new PriorityAssigned(command.priorityId(), team, assignedQuarter, assignedTitle, owner,
                Require.optionalText(command.successCriterion()), command.dueDate(), command.parentPriorityId(),
                command.annualGoalId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangePriority command, Clock clock) {
        requireOpen();
        String reason = reasonForMovingGoalpost(command.reason(), clock);
        String newTitle = command.title() == null ? title : Require.text("title", command.title());
        if (command.dueDate() != null) {
            requireDueInside(quarter, command.dueDate());
        }
        PriorityChanged changed = new PriorityChanged(id,
                Change.between(title, newTitle),
                command.description() == null ? null : Change.between(description, Require.optionalText(command.description())),
                command.successCriterion() == null ? null
                        : Change.between(successCriterion, Require.optionalText(command.successCriterion())),
                command.dueDate() == null ? null : Change.between(dueDate, command.dueDate()), reason);
        if (Stream.of(changed.title(), changed.description(), changed.successCriterion(), changed.dueDate())
                .allMatch(java.util.Objects::isNull)) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, null, "the change changes nothing; nothing was stored");
        }
        return applied(changed);
    }

    @CommandHandler
    long handle(ReassignPriority command, TeamDirectory teams) {
        requireOpen();
        PersonId newOwner = Require.present("newOwnerId", command.newOwnerId());
        String reason = Require.text("reason", command.reason());
        Change<PersonId> owner = Require.changes("newOwnerId", Change.between(ownerId, newOwner));
        requireOwnerInTeam("newOwnerId", newOwner, teamId, teams);
        return applied(new PriorityReassigned(id, owner, reason));
    }

    /** Also a huddle's status report, applied by the huddle's handler in the huddle's own unit of work. */
    @CommandHandler
    public long handle(UpdatePriorityStatus command, QuarterDirectory quarters) {
        ClosedQuarters.requireOpen(quarters, teamId, quarter, null);
        requireOpen();
        PriorityStatus reported = Require.present("status", command.status());
        if (!PriorityStatus.REPORTABLE.contains(reported)) {
            throw CommandRejectedException.invalid("status", "must be one of " + PriorityStatus.REPORTABLE
                    + "; completing and dropping have their own commands");
        }
        Integer confidence = command.confidence();
        if (confidence != null && (confidence < 0 || confidence > MAX_CONFIDENCE)) {
            throw CommandRejectedException.invalid("confidence", "must be between 0 and " + MAX_CONFIDENCE + ", was " + confidence);
        }
        Change<PriorityStatus> change = Change.between(status, reported);
        String comment = Require.optionalText(command.comment());
        if (change == null && comment == null && confidence == null) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, "status", "the priority is already " + reported
                    + "; a report that repeats it needs a comment or a confidence");
        }
        return applied(new PriorityStatusUpdated(id, change, comment, confidence));
    }

    /** Also the DONE of a quarter's closing, applied by its handler in the closing's unit of work. */
    @CommandHandler
    long handle(CompletePriority command) {
        requireOpen();
        return applied(new PriorityCompleted(id, new Change<>(status, PriorityStatus.COMPLETED),
                Require.optionalText(command.comment())));
    }

    /** Also the DROP of a quarter's closing, applied by its handler in the closing's unit of work. */
    @CommandHandler
    long handle(DropPriority command) {
        requireOpen();
        String reason = Require.text("reason", command.reason());
        return applied(new PriorityDropped(id, new Change<>(status, PriorityStatus.DROPPED), reason));
    }

    @CommandHandler
    long handle(ReinstatePriority command, QuarterDirectory quarters) {
        ClosedQuarters.requireOpen(quarters, teamId, quarter, null);
        if (status == PriorityStatus.CARRIED_OVER) {
            throw CommandRejectedException.conflict(PriorityRule.CARRIED_OVER_LIVES_ON_IN_SUCCESSOR, null,
                    "the priority was carried over into the next quarter; the priority that continues it is the open one");
        }
        if (!status.isClosed()) {
            throw CommandRejectedException.conflict(PriorityRule.ONLY_CLOSED_PRIORITY_REINSTATED, null, "the priority is " + status + "; only a completed or dropped "
                    + "priority can be reinstated");
        }
        String reason = Require.text("reason", command.reason());
        return applied(new PriorityReinstated(id, new Change<>(status, lastOpenStatus), reason));
    }

    @CommandHandler
    long handle(RealignPriority command, TeamDirectory teams, PriorityDirectory priorities, Clock clock) {
        requireOpen();
        String reason = reasonForMovingGoalpost(command.reason(), clock);
        PriorityId newParent = command.newParentPriorityId();
        Change<PriorityId> parent = Require.changes("newParentPriorityId", Change.between(parentPriorityId, newParent));
        if (newParent != null) {
            requireCascade("newParentPriorityId", newParent, quarter, teams.selfAndAncestors(teamId), priorities);
        }
        if (contributesTo.contains(newParent)) {
            // a parent is never also a lateral link: the roll-up would show the same work serving it twice
            throw CommandRejectedException.ruleBroken(PriorityRule.PARENT_NOT_CONTRIBUTED_TO, "newParentPriorityId",
                    "the priority already contributes to it; stop contributing to it first, then realign");
        }
        return applied(new PriorityRealigned(id, parent, reason));
    }

    @CommandHandler
    long handle(ServeAnnualGoal command, TeamDirectory teams, AnnualGoalDirectory annualGoals, Clock clock) {
        requireOpen();
        String reason = reasonForMovingGoalpost(command.reason(), clock);
        AnnualGoalId newGoal = command.annualGoalId();
        Change<AnnualGoalId> goal = Require.changes("annualGoalId", Change.between(annualGoalId, newGoal));
        if (newGoal != null) {
            requireServableGoal(newGoal, quarter, teams.selfAndAncestors(teamId), annualGoals);
        }
        return applied(new PriorityAnnualGoalChanged(id, goal, reason));
    }

    @CommandHandler
    long handle(AddMilestone command, TeamDirectory teams) {
        requireOpen();
        MilestoneId milestoneId = Require.present("milestoneId", command.milestoneId());
        if (milestones.containsKey(milestoneId)) {
            throw CommandRejectedException.conflict(PriorityRule.MILESTONE_ID_UNIQUE, "milestoneId",
                    "the priority already has a milestone with id '" + milestoneId + "'");
        }
        String milestoneTitle = Require.text("title", command.title());
        requireDueInside(quarter, Require.present("dueDate", command.dueDate()));
        PersonId owner = command.ownerId() == null ? ownerId : command.ownerId();
        if (!teams.hasLeadOrMember(teamId, owner)) {
            throw CommandRejectedException.ruleBroken(PriorityRule.OWNER_IN_TEAM, "ownerId",
                    owner + " neither leads nor belongs to the priority's team; only they can carry its milestones");
        }
        return applied(new MilestoneAdded(id, milestoneId, milestoneTitle, command.dueDate(), owner));
    }

    @CommandHandler
    long handle(ChangeMilestone command) {
        Milestone milestone = openMilestone(command.milestoneId());
        String newTitle = command.title() == null ? milestone.title() : Require.text("title", command.title());
        Change<LocalDate> due = command.dueDate() == null ? null : Change.between(milestone.dueDate(), command.dueDate());
        String reason = Require.optionalText(command.reason());
        if (due != null) {
            requireDueInside(quarter, command.dueDate());
            // a moved date is a moved goalpost: the history says why
            Require.text("reason", reason);
        }
        Change<String> renamed = Change.between(milestone.title(), newTitle);
        if (renamed == null && due == null) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, null,
                    "the change changes nothing; nothing was stored");
        }
        return applied(new MilestoneChanged(id, command.milestoneId(), milestone.title(), renamed, due, reason));
    }

    @CommandHandler
    long handle(CompleteMilestone command) {
        Milestone milestone = openMilestone(command.milestoneId());
        return applied(new MilestoneCompleted(id, command.milestoneId(), milestone.title()));
    }

    @CommandHandler
    long handle(RemoveMilestone command) {
        requireOpen();
        Milestone milestone = requireMilestone(command.milestoneId());
        return applied(new MilestoneRemoved(id, command.milestoneId(), milestone.title()));
    }

    @CommandHandler
    long handle(ContributeToPriority command, PriorityDirectory priorities, TeamDirectory teams) {
        requireOpen();
        PriorityId targetId = Require.present("priorityId", command.targetPriorityId());
        if (targetId.equals(id)) {
            throw CommandRejectedException.ruleBroken(PriorityRule.CONTRIBUTION_NOT_TO_ITSELF, "priorityId",
                    "a priority cannot contribute to itself");
        }
        if (targetId.equals(parentPriorityId)) {
            throw CommandRejectedException.ruleBroken(PriorityRule.CONTRIBUTION_NOT_TO_PARENT, "priorityId",
                    "the priority already serves it as its parent in the cascade");
        }
        Placement target = priorities.placementOf(targetId).orElseThrow(() ->
                CommandRejectedException.invalid("priorityId", "no priority with id '" + targetId + "'"));
        if (!target.quarter().equals(quarter)) {
            throw CommandRejectedException.ruleBroken(PriorityRule.CONTRIBUTION_IN_SAME_QUARTER, "priorityId",
                    "the priority contributed to belongs to " + target.quarter() + ", not " + quarter);
        }
        if (!organisationOf(target.teamId(), teams).equals(organisationOf(teamId, teams))) {
            throw CommandRejectedException.ruleBroken(PriorityRule.CONTRIBUTION_IN_ORGANISATION, "priorityId",
                    "the priority contributed to belongs to another organisation");
        }
        if (target.closed()) {
            throw CommandRejectedException.ruleBroken(PriorityRule.CONTRIBUTION_TARGET_OPEN, "priorityId",
                    "the priority contributed to is completed or dropped");
        }
        if (contributesTo.contains(targetId)) {
            throw CommandRejectedException.conflict(PriorityRule.CONTRIBUTION_UNIQUE, "priorityId",
                    "the priority already contributes to '" + targetId + "'");
        }
        return applied(new PriorityContributionAdded(id, targetId));
    }

    @CommandHandler
    long handle(StopContributingToPriority command) {
        requireOpen();
        PriorityId targetId = Require.present("priorityId", command.targetPriorityId());
        if (!contributesTo.contains(targetId)) {
            throw CommandRejectedException.notFound("priorityId", "the priority does not contribute to '" + targetId + "'");
        }
        return applied(new PriorityContributionRemoved(id, targetId));
    }

    @CommandHandler
    long handle(WeighPriority command) {
        requireOpen();
        Change<BigDecimal> weightChange = weightChange(weight, Require.optionalWeight("weight", command.weight()));
        Change<BigDecimal> milestonesChange = weightChange(milestonesWeight,
                Require.optionalWeight("milestonesWeight", command.milestonesWeight()));
        if (weightChange == null && milestonesChange == null) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, null,
                    "the priority already weighs that; nothing was stored");
        }
        return applied(new PriorityWeighed(id, weightChange, milestonesChange));
    }

    /** No change when none is asked for, or when the weights differ only in scale (2 and 2.0). */
    private static Change<BigDecimal> weightChange(BigDecimal before, BigDecimal after) {
        return after == null || before.compareTo(after) == 0 ? null : new Change<>(before, after);
    }

    /** The MISSED of a quarter's closing: the children stay aligned to it, not orphaned as under a drop. */
    void miss(String reflection) {
        requireOpen();
        apply(new PriorityMissed(id, new Change<>(status, PriorityStatus.MISSED), Require.text("reflection", reflection)));
    }

    /**
     * The CARRY_OVER of a quarter's closing: closes this priority and answers the next quarter's priority that
     * continues it, under the parent's own successor when the parent was carried over before (its team's quarter
     * closed first); else unaligned, as nothing of the next quarter serves the old parent yet.
     *
     * @param nextTitle the successor's title; this one's when null
     * @param nextOwner the successor's owner; this one's when null
     */
    Continuation carryOver(PriorityId successorId, String nextTitle, PersonId nextOwner, QuarterDirectory quarters) {
        requireOpen();
        Quarter next = quarter.next();
        apply(new PriorityCarriedOver(id, new Change<>(status, PriorityStatus.CARRIED_OVER), successorId, next));
        PriorityId nextParent = parentPriorityId == null ? null : quarters.successorOf(parentPriorityId).orElse(null);
        return new Continuation(new AssignPriority(successorId, teamId, next,
                nextTitle == null ? title : Require.text("nextQuarterTitle", nextTitle),
                nextOwner == null ? ownerId : nextOwner, successCriterion, null, nextParent,
                // an annual goal lasts its year: the successor serves it while the next quarter is of the same year
                next.firstDay().getYear() == quarter.firstDay().getYear() ? annualGoalId : null),
                new PriorityContinued(successorId, id, quarter, title));
    }

    /** The successor of a carried-over priority, created by the closing's handler through the repository. */
    Priority(Continuation continuation, boolean ownerNamed, TeamDirectory teams, QuarterDirectory quarters) {
        AssignPriority next = continuation.assignment();
        if (ownerNamed) {
            requireOwnerInTeam("nextOwnerId", next.ownerId(), next.teamId(), teams);
        }
        ClosedQuarters.requireOpen(quarters, next.teamId(), next.quarter(), "outcome");
        apply(new PriorityAssigned(next.priorityId(), next.teamId(), next.quarter(), next.title(), next.ownerId(),
                next.successCriterion(), null, next.parentPriorityId(), next.annualGoalId()));
        apply(continuation.continued());
    }

    /** Reopening its quarter returns a missed priority to its last open status; any other stays as it is. */
    void quarterReopened(String reason) {
        if (status == PriorityStatus.MISSED) {
            apply(new PriorityReinstated(id, new Change<>(status, lastOpenStatus), reason));
        }
    }

    private long applied(Object event) {
        apply(event);
        return AggregateLifecycle.getVersion();
    }

    /**
     * Once a priority has been reported on, or half its quarter has gone, people have planned around it: moving it
     * then needs a reason, so the history explains the move. Before that a reason is welcome but optional.
     */
    private String reasonForMovingGoalpost(String reason, Clock clock) {
        String given = Require.optionalText(reason);
        if (given == null && (reported || quarter.isPastHalfOn(LocalDate.now(clock)))) {
            throw CommandRejectedException.ruleBroken(PriorityRule.REASON_FOR_MOVED_GOALPOST, "reason",
                    "is required: the priority " + (reported ? "already has a status report" : "is past half of " + quarter)
                            + ", so say why it changes");
        }
        return given;
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw CommandRejectedException.conflict(PriorityRule.CLOSED_PRIORITY_ACCEPTS_ONLY_REINSTATEMENT, null,
                    "the priority is " + status + "; a closed priority accepts nothing but being reinstated");
        }
    }

    private Milestone requireMilestone(MilestoneId milestoneId) {
        Milestone milestone = milestones.get(Require.present("milestoneId", milestoneId));
        if (milestone == null) {
            throw CommandRejectedException.notFound("milestoneId", "the priority has no milestone with id '" + milestoneId + "'");
        }
        return milestone;
    }

    /** A milestone that is done stays as it was reached; it can only be removed. */
    private Milestone openMilestone(MilestoneId milestoneId) {
        requireOpen();
        Milestone milestone = requireMilestone(milestoneId);
        if (milestone.done()) {
            throw CommandRejectedException.conflict(PriorityRule.DONE_MILESTONE_STAYS_AS_REACHED, "milestoneId",
                    "the milestone '" + milestone.title() + "' is done; it can only be removed");
        }
        return milestone;
    }

    /** The root team above the team (itself at the top); empty for a team the directory does not know. */
    private static Optional<TeamId> organisationOf(TeamId team, TeamDirectory teams) {
        List<TeamId> chain = teams.selfAndAncestors(team);
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
    }

    private static void requireOwnerInTeam(String field, PersonId owner, TeamId team, TeamDirectory teams) {
        if (!teams.hasLeadOrMemberAtOrBelow(team, owner)) {
            throw CommandRejectedException.ruleBroken(PriorityRule.OWNER_IN_TEAM, field, owner + " neither leads nor "
                    + "belongs to the priority's team or a team below it; only they can own its priorities");
        }
    }

    private static void requireDueInside(Quarter quarter, LocalDate dueDate) {
        if (dueDate != null && !quarter.contains(dueDate)) {
            throw CommandRejectedException.ruleBroken(PriorityRule.DUE_DATE_INSIDE_QUARTER, "dueDate", "must fall inside " + quarter + " ("
                    + quarter.firstDay() + " to " + quarter.lastDay() + "), was " + dueDate);
        }
    }

    /** A priority serves an open priority of the same quarter held by a team above its own: the {@link Cascade}. */
    private static void requireCascade(String field, PriorityId parentId, Quarter quarter,
                                       List<TeamId> teamAndAncestors, PriorityDirectory priorities) {
        Placement parent = priorities.placementOf(parentId).orElseThrow(() ->
                CommandRejectedException.invalid(field, "no priority with id '" + parentId + "'"));
        Cascade.below(teamAndAncestors, quarter).refusal(parent.teamId(), parent.quarter(), parent.closed())
                .ifPresent(refusal -> {
                    throw switch (refusal) {
                        case OTHER_QUARTER -> CommandRejectedException.ruleBroken(PriorityRule.PARENT_IN_SAME_QUARTER, field,
                                "the parent priority belongs to " + parent.quarter() + ", not " + quarter);
                        case NOT_HELD_ABOVE -> CommandRejectedException.ruleBroken(PriorityRule.PARENT_HELD_BY_TEAM_ABOVE, field,
                                "the parent priority must belong to a team above this priority's team");
                        case CLOSED -> CommandRejectedException.ruleBroken(PriorityRule.PARENT_OPEN, field,
                                "the parent priority is completed or dropped");
                    };
                });
    }

    /** A priority serves a standing goal of its own team or a team above, set for the year its quarter falls in. */
    private static void requireServableGoal(AnnualGoalId goalId, Quarter quarter, List<TeamId> teamAndAncestors,
                                            AnnualGoalDirectory annualGoals) {
        AnnualGoalDirectory.Standing goal = annualGoals.standingOf(goalId).orElseThrow(() ->
                CommandRejectedException.ruleBroken(PriorityRule.ANNUAL_GOAL_OF_TEAM_OR_ABOVE, "annualGoalId",
                        "no annual goal with id '" + goalId + "'"));
        if (!teamAndAncestors.contains(goal.teamId())) {
            throw CommandRejectedException.ruleBroken(PriorityRule.ANNUAL_GOAL_OF_TEAM_OR_ABOVE, "annualGoalId",
                    "the annual goal must belong to this priority's team or a team above it");
        }
        int year = quarter.firstDay().getYear();
        if (goal.year() != year) {
            throw CommandRejectedException.ruleBroken(PriorityRule.ANNUAL_GOAL_OF_QUARTERS_YEAR, "annualGoalId",
                    "the annual goal is one of " + goal.year() + ", not of " + year + " when " + quarter + " falls");
        }
        if (goal.retired()) {
            throw CommandRejectedException.ruleBroken(PriorityRule.ANNUAL_GOAL_STANDING, "annualGoalId",
                    "the annual goal is retired");
        }
    }

    @EventSourcingHandler
    void on(PriorityAssigned event) {
        id = event.priorityId();
        teamId = event.teamId();
        quarter = event.quarter();
        title = event.title();
        successCriterion = event.successCriterion();
        dueDate = event.dueDate();
        ownerId = event.ownerId();
        parentPriorityId = event.parentPriorityId();
        annualGoalId = event.annualGoalId();
        status = PriorityStatus.NOT_STARTED;
        lastOpenStatus = status;
    }

    @EventSourcingHandler
    void on(PriorityChanged event) {
        title = Change.valueAfter(event.title(), title);
        description = Change.valueAfter(event.description(), description);
        successCriterion = Change.valueAfter(event.successCriterion(), successCriterion);
        dueDate = Change.valueAfter(event.dueDate(), dueDate);
    }

    @EventSourcingHandler
    void on(PriorityReassigned event) {
        ownerId = event.ownerId().after();
    }

    @EventSourcingHandler
    void on(PriorityStatusUpdated event) {
        status = Change.valueAfter(event.status(), status);
        lastOpenStatus = status;
        reported = true;
    }

    @EventSourcingHandler
    void on(PriorityCompleted event) {
        status = event.status().after();
    }

    @EventSourcingHandler
    void on(PriorityDropped event) {
        status = event.status().after();
    }

    @EventSourcingHandler
    void on(PriorityMissed event) {
        status = event.status().after();
    }

    @EventSourcingHandler
    void on(PriorityCarriedOver event) {
        status = event.status().after();
    }

    @EventSourcingHandler
    void on(PriorityReinstated event) {
        status = event.status().after();
    }

    @EventSourcingHandler
    void on(PriorityRealigned event) {
        parentPriorityId = event.parentPriorityId().after();
    }

    @EventSourcingHandler
    void on(PriorityAnnualGoalChanged event) {
        annualGoalId = event.annualGoalId().after();
    }

    @EventSourcingHandler
    void on(MilestoneAdded event) {
        milestones.put(event.milestoneId(), new Milestone(event.title(), event.dueDate(), false));
    }

    @EventSourcingHandler
    void on(MilestoneChanged event) {
        milestones.computeIfPresent(event.milestoneId(), (key, m) -> new Milestone(Change.valueAfter(event.title(), m.title()),
                Change.valueAfter(event.dueDate(), m.dueDate()), m.done()));
    }

    @EventSourcingHandler
    void on(MilestoneCompleted event) {
        milestones.computeIfPresent(event.milestoneId(), (key, m) -> new Milestone(m.title(), m.dueDate(), true));
    }

    @EventSourcingHandler
    void on(MilestoneRemoved event) {
        milestones.remove(event.milestoneId());
    }

    @EventSourcingHandler
    void on(PriorityWeighed event) {
        weight = Change.valueAfter(event.weight(), weight);
        milestonesWeight = Change.valueAfter(event.milestonesWeight(), milestonesWeight);
    }

    @EventSourcingHandler
    void on(PriorityContributionAdded event) {
        contributesTo.add(event.targetPriorityId());
    }

    @EventSourcingHandler
    void on(PriorityContributionRemoved event) {
        contributesTo.remove(event.targetPriorityId());
    }
}
