package io.throughline.command.authorisation;

import io.throughline.command.checkin.CheckInDirectory;
import io.throughline.command.metric.MetricDirectory;
import io.throughline.command.metric.Responsibility;
import io.throughline.command.priority.Placement;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CompleteCommitment;
import io.throughline.kernel.checkin.DropCommitment;
import io.throughline.kernel.checkin.RecordCheckIn;
import io.throughline.kernel.decision.DefineDecisionRight;
import io.throughline.kernel.decision.RecordDecision;
import io.throughline.kernel.decision.RevokeDecisionRight;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.ResolveStuckItem;
import io.throughline.kernel.metric.ChangeMetricDefinition;
import io.throughline.kernel.metric.CorrectMetricValue;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.ReassignMetric;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.metric.RetireMetric;
import io.throughline.kernel.person.DisableAccount;
import io.throughline.kernel.person.EnableAccount;
import io.throughline.kernel.person.GrantRole;
import io.throughline.kernel.person.RegisterPerson;
import io.throughline.kernel.person.RevokeRole;
import io.throughline.kernel.person.SetPassword;
import io.throughline.kernel.plan.FramePlan;
import io.throughline.kernel.plan.ReframePlan;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.ChangePriority;
import io.throughline.kernel.priority.CompletePriority;
import io.throughline.kernel.priority.DropPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.ReassignPriority;
import io.throughline.kernel.priority.RealignPriority;
import io.throughline.kernel.priority.ReinstatePriority;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import io.throughline.kernel.team.AddTeamMember;
import io.throughline.kernel.team.AppointTeamLead;
import io.throughline.kernel.team.MoveTeam;
import io.throughline.kernel.team.RecordAssessment;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.RemoveTeamMember;
import io.throughline.kernel.team.RenameTeam;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Who may send which command: the one place the rules live, on the command side, so the API and any UI pass through
 * it alike. It reads the actor and roles that the dispatching side stamped into the metadata, and the organisation
 * from the event-sourced aggregates. A command nobody was given the right to send is refused.
 * <ul>
 *   <li>Admins set up the organisation anywhere; leaders below the teams they lead.</li>
 *   <li>Leaders plan, assign, change, realign, reassign, drop and reinstate priorities, define and change KPIs and
 *       record assessments, for the teams they lead and every team below them.</li>
 *   <li>The owner of a priority reports its status and completes it; the owner of a KPI records and corrects its
 *       values. Leaders above may do so too.</li>
 *   <li>Admins and leaders at or above a team define and revoke its decision rights. They, and the team's lead and members,
 *       record its decisions: who may write to the log, whereas whether the decider held the right is the log's
 *       own flag.</li>
 *   <li>Leaders record their own check-ins, admins anyone's; the two people of a check-in complete and drop its
 *       commitments.</li>
 *   <li>Admins register people, grant and revoke their roles, disable and enable their accounts and set their
 *       passwords.</li>
 *   <li>Auditors and analysts change nothing.</li>
 * </ul>
 * A reference to something that does not exist is let through, so that the handler answers it as such (400/404).
 */
public class CommandPolicy implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String RULES_IN_SHORT = "admins set up the organisation; leaders act on the teams they lead "
            + "and below; owners report on their priorities and KPIs; a team's people record its decisions";

    private final TeamDirectory teams;
    private final PriorityDirectory priorities;
    private final MetricDirectory metrics;
    private final CheckInDirectory checkIns;
    private final Map<Class<?>, BiPredicate<Actor, Object>> rules = new HashMap<>();

    public CommandPolicy(TeamDirectory teams, PriorityDirectory priorities, MetricDirectory metrics,
                         CheckInDirectory checkIns) {
        this.teams = teams;
        this.priorities = priorities;
        this.metrics = metrics;
        this.checkIns = checkIns;
        rule(RegisterTeam.class, (actor, c) -> actor.isAdmin()
                || c.parentTeamId() != null && leadsAtOrAbove(actor, c.parentTeamId()));
        rule(RenameTeam.class, (actor, c) -> organises(actor, c.teamId()));
        rule(MoveTeam.class, (actor, c) -> organises(actor, c.teamId())
                && (actor.isAdmin() || c.newParentTeamId() == null || leadsAtOrAbove(actor, c.newParentTeamId())));
        rule(AppointTeamLead.class, (actor, c) -> organises(actor, c.teamId()));
        rule(AddTeamMember.class, (actor, c) -> organises(actor, c.teamId()));
        rule(RemoveTeamMember.class, (actor, c) -> organises(actor, c.teamId()));
        rule(RecordAssessment.class, (actor, c) -> leadsAtOrAbove(actor, c.teamId()));
        rule(FramePlan.class, (actor, c) -> leadsAtOrAbove(actor, c.teamId()));
        rule(ReframePlan.class, (actor, c) -> leadsAtOrAbove(actor, c.teamId()));
        rule(AssignPriority.class, (actor, c) -> leadsAtOrAbove(actor, c.teamId()));
        rule(ChangePriority.class, (actor, c) -> leadsPriority(actor, c.priorityId()));
        rule(ReassignPriority.class, (actor, c) -> leadsPriority(actor, c.priorityId()));
        rule(RealignPriority.class, (actor, c) -> leadsPriority(actor, c.priorityId()));
        rule(DropPriority.class, (actor, c) -> leadsPriority(actor, c.priorityId()));
        rule(ReinstatePriority.class, (actor, c) -> leadsPriority(actor, c.priorityId()));
        rule(UpdatePriorityStatus.class, (actor, c) -> ownsOrLeadsPriority(actor, c.priorityId()));
        rule(CompletePriority.class, (actor, c) -> ownsOrLeadsPriority(actor, c.priorityId()));
        rule(DefineMetric.class, (actor, c) -> leadsAtOrAbove(actor, c.teamId()));
        rule(ChangeMetricDefinition.class, (actor, c) -> leadsMetric(actor, c.metricId()));
        rule(ReassignMetric.class, (actor, c) -> leadsMetric(actor, c.metricId()));
        rule(RetireMetric.class, (actor, c) -> leadsMetric(actor, c.metricId()));
        rule(RecordMetric.class, (actor, c) -> ownsOrLeadsMetric(actor, c.metricId()));
        rule(CorrectMetricValue.class, (actor, c) -> ownsOrLeadsMetric(actor, c.metricId()));
        // A huddle's status reports and KPI values are then checked one by one, as the actor's own commands.
        rule(HoldHuddle.class, (actor, c) -> leadsAtOrAbove(actor, c.teamId()));
        rule(ResolveStuckItem.class, (actor, c) -> leadsAtOrAboveOrBelongsTo(actor, c.teamId()));
        rule(DefineDecisionRight.class, (actor, c) -> actor.isAdmin() || leadsAtOrAbove(actor, c.teamId()));
        rule(RevokeDecisionRight.class, (actor, c) -> actor.isAdmin() || leadsAtOrAbove(actor, c.teamId()));
        rule(RecordDecision.class, (actor, c) -> actor.isAdmin() || leadsAtOrAboveOrBelongsTo(actor, c.teamId()));
        rule(RecordCheckIn.class, (actor, c) -> actor.isAdmin()
                || actor.isLeader() && (c.leaderId() == null || actor.person().equals(c.leaderId())));
        rule(CompleteCommitment.class, (actor, c) -> takesPartIn(actor, c.checkInId()));
        rule(DropCommitment.class, (actor, c) -> takesPartIn(actor, c.checkInId()));
        for (Class<?> personCommand : List.of(RegisterPerson.class, GrantRole.class, RevokeRole.class,
                DisableAccount.class, EnableAccount.class, SetPassword.class)) {
            rules.put(personCommand, (actor, c) -> actor.isAdmin());
        }
    }

    private <C> void rule(Class<C> command, BiPredicate<Actor, C> check) {
        rules.put(command, (actor, payload) -> check.test(actor, command.cast(payload)));
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object actorName = command.getMetaData().get(AuditMetadata.ACTOR);
        // Commands the service sends itself (set-up, benchmarks) carry no person and are trusted.
        if (actorName == null || AuditMetadata.SYSTEM.equals(actorName)) {
            return chain.proceed();
        }
        Actor actor = Actor.of(actorName.toString(), command.getMetaData().get(AuditMetadata.ROLES));
        BiPredicate<Actor, Object> rule = rules.get(command.getPayloadType());
        if (rule == null || !rule.test(actor, command.getPayload())) {
            throw CommandRejectedException.forbidden(actor.person() + " may not " + command.getPayloadType().getSimpleName()
                    + " here: " + RULES_IN_SHORT);
        }
        return chain.proceed();
    }

    /** Admins anywhere; leaders strictly below a team they lead. */
    private boolean organises(Actor actor, TeamId team) {
        if (actor.isAdmin() || team == null || !teams.exists(team)) {
            return actor.isAdmin() || actor.isLeader();
        }
        List<TeamId> path = teams.selfAndAncestors(team);
        return actor.isLeader() && path.subList(1, path.size()).stream().anyMatch(t -> teams.isLedBy(t, actor.person()));
    }

    private boolean leadsAtOrAbove(Actor actor, TeamId team) {
        if (!actor.isLeader()) {
            return false;
        }
        return team == null || !teams.exists(team)
                || teams.selfAndAncestors(team).stream().anyMatch(t -> teams.isLedBy(t, actor.person()));
    }

    /** Leaders at or above the team, and leaders in it (its lead or a member; leadsAtOrAbove settles unknown teams). */
    private boolean leadsAtOrAboveOrBelongsTo(Actor actor, TeamId team) {
        return leadsAtOrAbove(actor, team) || actor.isLeader() && teams.hasLeadOrMember(team, actor.person());
    }

    private boolean leadsPriority(Actor actor, PriorityId priority) {
        return actor.isLeader() && placementOf(priority).map(p -> leadsAtOrAbove(actor, p.teamId())).orElse(true);
    }

    private boolean ownsOrLeadsPriority(Actor actor, PriorityId priority) {
        return actor.isLeader() && placementOf(priority)
                .map(p -> actor.person().equals(p.ownerId()) || leadsAtOrAbove(actor, p.teamId())).orElse(true);
    }

    private boolean leadsMetric(Actor actor, MetricId metric) {
        return actor.isLeader() && responsibilityOf(metric).map(r -> leadsAtOrAbove(actor, r.teamId())).orElse(true);
    }

    private boolean ownsOrLeadsMetric(Actor actor, MetricId metric) {
        return actor.isLeader() && responsibilityOf(metric)
                .map(r -> actor.person().equals(r.ownerId()) || leadsAtOrAbove(actor, r.teamId())).orElse(true);
    }

    private boolean takesPartIn(Actor actor, CheckInId checkIn) {
        return actor.isLeader() && (checkIn == null
                || checkIns.participantsOf(checkIn).map(p -> p.include(actor.person())).orElse(true));
    }

    private Optional<Placement> placementOf(PriorityId priority) {
        return priority == null ? Optional.empty() : priorities.placementOf(priority);
    }

    private Optional<Responsibility> responsibilityOf(MetricId metric) {
        return metric == null ? Optional.empty() : metrics.responsibilityOf(metric);
    }

    /** The person acting and the roles they have. */
    record Actor(PersonId person, List<String> roles) {

        static Actor of(String name, Object roles) {
            return new Actor(new PersonId(name), roles == null || roles.toString().isBlank() ? List.of()
                    : List.of(roles.toString().split(",")));
        }

        boolean isAdmin() {
            return roles.contains("ADMIN");
        }

        boolean isLeader() {
            return roles.contains("LEADER");
        }
    }
}
