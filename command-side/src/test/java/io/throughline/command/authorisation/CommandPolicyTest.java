package io.throughline.command.authorisation;

import io.throughline.command.checkin.CheckInPolicy;
import io.throughline.command.checkin.Participants;
import io.throughline.command.decision.DecisionPolicy;
import io.throughline.command.huddle.HuddlePolicy;
import io.throughline.command.metric.MetricDirectory;
import io.throughline.command.metric.MetricPolicy;
import io.throughline.command.plan.PlanPolicy;
import io.throughline.command.metric.Responsibility;
import io.throughline.command.priority.Placement;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.priority.PriorityPolicy;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.team.InMemoryTeams;
import io.throughline.command.team.TeamPolicy;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.checkin.CompleteCommitment;
import io.throughline.kernel.checkin.DropCommitment;
import io.throughline.kernel.checkin.RecordCheckIn;
import io.throughline.kernel.decision.DecisionId;
import io.throughline.kernel.decision.DecisionMode;
import io.throughline.kernel.decision.DefineDecisionRight;
import io.throughline.kernel.decision.HolderRole;
import io.throughline.kernel.decision.RecordDecision;
import io.throughline.kernel.decision.RevokeDecisionRight;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.metric.ChangeMetricDefinition;
import io.throughline.kernel.metric.CorrectMetricValue;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.ReassignMetric;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.metric.RetireMetric;
import io.throughline.kernel.plan.FramePlan;
import io.throughline.kernel.plan.ReframePlan;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.ChangePriority;
import io.throughline.kernel.priority.CompletePriority;
import io.throughline.kernel.priority.DropPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.ReassignPriority;
import io.throughline.kernel.priority.RealignPriority;
import io.throughline.kernel.priority.ContributeToPriority;
import io.throughline.kernel.priority.StopContributingToPriority;
import io.throughline.kernel.priority.ReinstatePriority;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import io.throughline.kernel.priority.WeighPriority;
import io.throughline.kernel.team.AddTeamMember;
import io.throughline.kernel.team.AppointTeamLead;
import io.throughline.kernel.team.MoveTeam;
import io.throughline.kernel.team.RecordAssessment;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.RemoveTeamMember;
import io.throughline.kernel.team.RenameTeam;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.throughline.kernel.CommandRejection.Kind.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Who may send which command, decided by {@link CommandPolicy} with every feature's policy, from the actor and roles
 * in the metadata and the organisation below:
 * <pre>
 * company          lead: carla
 *   sales          lead: sam     SALES_PRIORITY (owner olive), SALES_METRIC (owner otto)
 *     inbound      lead: ivy     INBOUND_PRIORITY (owner olive)
 *     outbound     no lead
 *   marketing      lead: mia
 * </pre>
 * CHECK_IN is a check-in of sam with olive.
 * Everyone is a LEADER unless said otherwise; nina is a LEADER who leads nothing, ada an ADMIN and nothing else.
 * Each case sends one command through the policy into a chain that answers a marker: allowed means the marker came
 * back, refused means a FORBIDDEN {@link CommandRejectedException} and a chain never called.
 */
class CommandPolicyTest {

    private static final Quarter Q4 = new Quarter("2026-Q4");

    private static final TeamId COMPANY = new TeamId("company");
    private static final TeamId SALES = new TeamId("sales");
    private static final TeamId INBOUND = new TeamId("inbound");
    private static final TeamId OUTBOUND = new TeamId("outbound");
    private static final TeamId MARKETING = new TeamId("marketing");
    private static final TeamId UNKNOWN_TEAM = new TeamId("no-such-team");
    private static final TeamId NEW_TEAM = new TeamId("new-team");

    private static final PriorityId SALES_PRIORITY = new PriorityId("sales-priority");
    private static final PriorityId INBOUND_PRIORITY = new PriorityId("inbound-priority");
    private static final PriorityId UNKNOWN_PRIORITY = new PriorityId("no-such-priority");

    private static final MetricId SALES_METRIC = new MetricId("sales-metric");
    private static final MetricId UNKNOWN_METRIC = new MetricId("no-such-metric");

    private static final CheckInId CHECK_IN = new CheckInId("check-in");
    private static final CheckInId UNKNOWN_CHECK_IN = new CheckInId("no-such-check-in");

    private static final Actor ADA = new Actor("ada", "ADMIN");
    private static final Actor CARLA = leader("carla");
    private static final Actor SAM = leader("sam");
    private static final Actor IVY = leader("ivy");
    private static final Actor MIA = leader("mia");
    private static final Actor NINA = leader("nina");
    private static final Actor OLIVE = leader("olive");
    private static final Actor OTTO = leader("otto");
    private static final Actor AUDITOR = new Actor("audrey", "AUDITOR");
    private static final Actor ANALYST = new Actor("andy", "ANALYST");

    private static final Object MARKER = new Object();

    /** Commands that organise a team. */
    private static final List<Function<TeamId, Object>> ORGANISING_A_TEAM = List.of(
            team -> new RenameTeam(team, "New name"),
            team -> new AppointTeamLead(team, new PersonId("lee")));

    /** Commands that staff a team. */
    private static final List<Function<TeamId, Object>> STAFFING_A_TEAM = List.of(
            team -> new AddTeamMember(team, new PersonId("mo")),
            team -> new RemoveTeamMember(team, new PersonId("mo")));

    /** Commands that lead a team's work: assigning priorities, framing plans, defining KPIs, assessing. */
    private static final List<Function<TeamId, Object>> LEADING_A_TEAM = List.of(
            CommandPolicyTest::assignTo,
            team -> new FramePlan(team, Q4, null, "Outcome", List.of()),
            team -> new ReframePlan(team, Q4, null, "Outcome", List.of(), "Reason"),
            team -> new DefineMetric(new MetricId("new"), team, "Name", "unit", null, null, null,
                    person(OTTO), null, null, null, null),
            team -> new RecordAssessment(team, null, null, null, null));

    /** Commands that manage an existing priority. */
    private static final List<Function<PriorityId, Object>> MANAGING_A_PRIORITY = List.of(
            priority -> new ChangePriority(priority, "Title", null, null, null, null, null),
            priority -> new ReassignPriority(priority, new PersonId("bo"), "Reason", null),
            priority -> new RealignPriority(priority, null, null, null),
            priority -> new ContributeToPriority(priority, new PriorityId("other"), null),
            priority -> new StopContributingToPriority(priority, new PriorityId("other"), null),
            priority -> new DropPriority(priority, "Reason", null),
            priority -> new ReinstatePriority(priority, "Reason", null),
            priority -> new WeighPriority(priority, BigDecimal.TEN, null, null));

    /** Commands that report on an existing priority. */
    private static final List<Function<PriorityId, Object>> REPORTING_ON_A_PRIORITY = List.of(
            priority -> new UpdatePriorityStatus(priority, null, null, null, null),
            priority -> new CompletePriority(priority, null, null));

    /** Commands that manage an existing KPI. */
    private static final List<Function<MetricId, Object>> MANAGING_A_METRIC = List.of(
            metric -> new ChangeMetricDefinition(metric, "Name", null, null, null, null, null, null, null),
            metric -> new ReassignMetric(metric, new PersonId("bo"), "Reason"),
            metric -> new RetireMetric(metric, "Reason"));

    /** Commands that record a KPI's values. */
    private static final List<Function<MetricId, Object>> RECORDING_A_METRIC = List.of(
            metric -> new RecordMetric(metric, null, null, null),
            metric -> new CorrectMetricValue(metric, null, null, "Reason"));

    /** Commands that set a team's decision rights. */
    private static final List<Function<TeamId, Object>> DEFINING_DECISION_RIGHTS = List.of(
            team -> new DefineDecisionRight(team, "pricing", HolderRole.LEAD, null, DecisionMode.DECIDE),
            team -> new RevokeDecisionRight(team, "pricing", HolderRole.LEAD, null));

    private CommandPolicy policy;
    private boolean chainCalled;

    @BeforeEach
    void organisation() {
        InMemoryTeams teams = new InMemoryTeams()
                .root(COMPANY).child(SALES, COMPANY).child(INBOUND, SALES).child(OUTBOUND, SALES)
                .child(MARKETING, COMPANY)
                .lead(COMPANY, person(CARLA)).lead(SALES, person(SAM)).lead(INBOUND, person(IVY))
                .lead(MARKETING, person(MIA))
                .person(SALES, person(OLIVE)).person(SALES, person(OTTO)).person(INBOUND, person(OLIVE));
        Map<PriorityId, Placement> placements = Map.of(
                SALES_PRIORITY, new Placement(SALES, Q4, person(OLIVE), false),
                INBOUND_PRIORITY, new Placement(INBOUND, Q4, person(OLIVE), false));
        PriorityDirectory priorities = id -> Optional.ofNullable(placements.get(id));
        MetricDirectory metrics = mock(MetricDirectory.class);
        when(metrics.responsibilityOf(any())).thenReturn(Optional.empty());
        when(metrics.responsibilityOf(SALES_METRIC)).thenReturn(Optional.of(new Responsibility(SALES, person(OTTO))));
        Participants samWithOlive = new Participants(person(SAM), person(OLIVE));
        Leadership leadership = new Leadership(teams);
        policy = new CommandPolicy(List.of(new TeamPolicy(leadership), new PlanPolicy(leadership),
                new PriorityPolicy(leadership, priorities), new MetricPolicy(leadership, metrics),
                new HuddlePolicy(leadership), new DecisionPolicy(leadership),
                new CheckInPolicy(id -> CHECK_IN.equals(id) ? Optional.of(samWithOlive) : Optional.empty())));
    }

    // ---------------------------------------------------------------------------------------------- organising teams

    static Stream<Case> registeringTeams() {
        return Stream.of(
                allowed(ADA, registerUnder(null)),
                allowed(ADA, registerUnder(INBOUND)),
                refused(CARLA, registerUnder(null)),
                refused(SAM, registerUnder(null)),
                allowed(SAM, registerUnder(SALES)),
                allowed(SAM, registerUnder(INBOUND)),
                allowed(CARLA, registerUnder(INBOUND)),
                refused(SAM, registerUnder(COMPANY)),
                refused(SAM, registerUnder(MARKETING)),
                refused(IVY, registerUnder(SALES)),
                refused(NINA, registerUnder(SALES)),
                refused(AUDITOR, registerUnder(SALES)),
                refused(CARLA.withRoles("ANALYST"), registerUnder(COMPANY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void registeringTeams(Case c) throws Exception {
        check(c);
    }

    /**
     * A MEMBER reports on the priorities and records the values of the KPIs they own, and nothing else: they neither
     * manage nor assign priorities, define KPIs, nor organise or staff a team.
     */
    static Stream<Case> membersOwnWithoutLeading() {
        Actor olive = OLIVE.withRoles("MEMBER");
        Actor otto = OTTO.withRoles("MEMBER");
        return Stream.of(
                REPORTING_ON_A_PRIORITY.stream().flatMap(command -> Stream.of(
                        allowed(olive, command.apply(SALES_PRIORITY)),
                        allowed(olive, command.apply(INBOUND_PRIORITY)),
                        refused(otto, command.apply(SALES_PRIORITY)))),
                RECORDING_A_METRIC.stream().flatMap(command -> Stream.of(
                        allowed(otto, command.apply(SALES_METRIC)),
                        refused(olive, command.apply(SALES_METRIC)))),
                MANAGING_A_PRIORITY.stream().map(command -> refused(olive, command.apply(SALES_PRIORITY))),
                MANAGING_A_METRIC.stream().map(command -> refused(otto, command.apply(SALES_METRIC))),
                LEADING_A_TEAM.stream().map(command -> refused(olive, command.apply(SALES))),
                ORGANISING_A_TEAM.stream().map(command -> refused(olive, command.apply(INBOUND))),
                STAFFING_A_TEAM.stream().map(command -> refused(olive, command.apply(SALES))),
                Stream.of(refused(olive, new MoveTeam(INBOUND, MARKETING)), refused(olive, registerUnder(SALES))))
                .flatMap(cases -> cases);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void membersOwnWithoutLeading(Case c) throws Exception {
        check(c);
    }

    /** Renaming, appointing a lead: admins anywhere, leaders strictly below. */
    static Stream<Case> organisingATeam() {
        return forEach(ORGANISING_A_TEAM, command -> Stream.of(
                allowed(ADA, command.apply(COMPANY)),
                allowed(ADA, command.apply(INBOUND)),
                allowed(CARLA.withRoles("ADMIN,LEADER"), command.apply(COMPANY)),
                refused(CARLA, command.apply(COMPANY)),
                allowed(CARLA, command.apply(SALES)),
                allowed(CARLA, command.apply(INBOUND)),
                refused(SAM, command.apply(SALES)),
                allowed(SAM, command.apply(INBOUND)),
                allowed(SAM, command.apply(OUTBOUND)),
                refused(SAM, command.apply(COMPANY)),
                refused(SAM, command.apply(MARKETING)),
                refused(IVY, command.apply(INBOUND)),
                refused(MIA, command.apply(INBOUND)),
                refused(NINA, command.apply(INBOUND)),
                refused(AUDITOR, command.apply(INBOUND)),
                refused(SAM.withRoles("ANALYST"), command.apply(INBOUND))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void organisingATeam(Case c) throws Exception {
        check(c);
    }

    /** Adding and removing members: admins anywhere, the team's own lead and the leads above it; no sibling's lead. */
    static Stream<Case> staffingATeam() {
        return forEach(STAFFING_A_TEAM, command -> Stream.of(
                allowed(ADA, command.apply(COMPANY)),
                allowed(ADA, command.apply(INBOUND)),
                allowed(IVY, command.apply(INBOUND)),
                allowed(SAM, command.apply(SALES)),
                allowed(SAM, command.apply(INBOUND)),
                allowed(CARLA, command.apply(COMPANY)),
                allowed(CARLA, command.apply(INBOUND)),
                refused(IVY, command.apply(OUTBOUND)),
                refused(IVY, command.apply(SALES)),
                refused(MIA, command.apply(SALES)),
                refused(SAM, command.apply(MARKETING)),
                refused(NINA, command.apply(INBOUND)),
                refused(OLIVE, command.apply(SALES)),
                refused(AUDITOR, command.apply(INBOUND)),
                refused(IVY.withRoles("ANALYST"), command.apply(INBOUND))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void staffingATeam(Case c) throws Exception {
        check(c);
    }

    /** The team moved must be strictly below one the leader leads, the new parent at or below one. */
    static Stream<Case> movingATeam() {
        return Stream.of(
                allowed(ADA, new MoveTeam(SALES, MARKETING)),
                allowed(ADA, new MoveTeam(INBOUND, MARKETING)),
                allowed(CARLA, new MoveTeam(INBOUND, MARKETING)),
                allowed(SAM, new MoveTeam(INBOUND, OUTBOUND)),
                allowed(SAM, new MoveTeam(INBOUND, SALES)),
                refused(SAM, new MoveTeam(INBOUND, MARKETING)),
                refused(SAM, new MoveTeam(INBOUND, COMPANY)),
                refused(MIA, new MoveTeam(INBOUND, MARKETING)),
                refused(SAM, new MoveTeam(SALES, INBOUND)),
                refused(IVY, new MoveTeam(INBOUND, OUTBOUND)),
                refused(AUDITOR, new MoveTeam(INBOUND, OUTBOUND)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void movingATeam(Case c) throws Exception {
        check(c);
    }

    // ------------------------------------------------------------------------------------------------ leading a team

    /** Assigning priorities, framing plans, defining KPIs, recording assessments: leaders at or above the team. */
    static Stream<Case> leadingATeam() {
        return forEach(LEADING_A_TEAM, command -> Stream.of(
                allowed(SAM, command.apply(SALES)),
                allowed(SAM, command.apply(INBOUND)),
                allowed(CARLA, command.apply(SALES)),
                allowed(CARLA, command.apply(COMPANY)),
                allowed(IVY, command.apply(INBOUND)),
                refused(IVY, command.apply(SALES)),
                refused(MIA, command.apply(SALES)),
                refused(SAM, command.apply(MARKETING)),
                refused(NINA, command.apply(SALES)),
                refused(OLIVE, command.apply(SALES)),
                refused(ADA, command.apply(SALES)),
                refused(AUDITOR, command.apply(SALES)),
                refused(ANALYST, command.apply(SALES)),
                refused(SAM.withRoles("AUDITOR"), command.apply(SALES))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void leadingATeam(Case c) throws Exception {
        check(c);
    }

    // ---------------------------------------------------------------------------------------- acting on a priority

    /** Changing, reassigning, realigning, dropping and reinstating: leaders at or above the priority's team only. */
    static Stream<Case> managingAPriority() {
        return forEach(MANAGING_A_PRIORITY, command -> Stream.of(
                allowed(SAM, command.apply(SALES_PRIORITY)),
                allowed(SAM, command.apply(INBOUND_PRIORITY)),
                allowed(CARLA, command.apply(SALES_PRIORITY)),
                allowed(IVY, command.apply(INBOUND_PRIORITY)),
                refused(IVY, command.apply(SALES_PRIORITY)),
                refused(MIA, command.apply(SALES_PRIORITY)),
                refused(OLIVE, command.apply(SALES_PRIORITY)),
                refused(NINA, command.apply(SALES_PRIORITY)),
                refused(ADA, command.apply(SALES_PRIORITY)),
                refused(AUDITOR, command.apply(SALES_PRIORITY)),
                refused(ANALYST, command.apply(SALES_PRIORITY))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void managingAPriority(Case c) throws Exception {
        check(c);
    }

    /** Reporting the status and completing: the owner (a LEADER, leading or not) and leaders above. */
    static Stream<Case> reportingOnAPriority() {
        return forEach(REPORTING_ON_A_PRIORITY, command -> Stream.of(
                allowed(OLIVE, command.apply(SALES_PRIORITY)),
                allowed(OLIVE, command.apply(INBOUND_PRIORITY)),
                allowed(SAM, command.apply(SALES_PRIORITY)),
                allowed(CARLA, command.apply(SALES_PRIORITY)),
                allowed(IVY, command.apply(INBOUND_PRIORITY)),
                refused(IVY, command.apply(SALES_PRIORITY)),
                refused(NINA, command.apply(SALES_PRIORITY)),
                refused(OTTO, command.apply(SALES_PRIORITY)),
                refused(MIA, command.apply(SALES_PRIORITY)),
                refused(ADA, command.apply(SALES_PRIORITY)),
                refused(OLIVE.withRoles("ANALYST"), command.apply(SALES_PRIORITY)),
                refused(AUDITOR, command.apply(SALES_PRIORITY))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void reportingOnAPriority(Case c) throws Exception {
        check(c);
    }

    // ------------------------------------------------------------------------------------------- acting on a metric

    /** Changing the definition, reassigning and retiring a KPI: leaders at or above its team only. */
    static Stream<Case> managingAMetric() {
        return forEach(MANAGING_A_METRIC, command -> Stream.of(
                allowed(SAM, command.apply(SALES_METRIC)),
                allowed(CARLA, command.apply(SALES_METRIC)),
                refused(OTTO, command.apply(SALES_METRIC)),
                refused(IVY, command.apply(SALES_METRIC)),
                refused(MIA, command.apply(SALES_METRIC)),
                refused(ADA, command.apply(SALES_METRIC)),
                refused(AUDITOR, command.apply(SALES_METRIC))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void managingAMetric(Case c) throws Exception {
        check(c);
    }

    /** Recording and correcting values: the KPI's owner (a LEADER) and leaders above. */
    static Stream<Case> recordingAMetric() {
        return forEach(RECORDING_A_METRIC, command -> Stream.of(
                allowed(OTTO, command.apply(SALES_METRIC)),
                allowed(SAM, command.apply(SALES_METRIC)),
                allowed(CARLA, command.apply(SALES_METRIC)),
                refused(OLIVE, command.apply(SALES_METRIC)),
                refused(NINA, command.apply(SALES_METRIC)),
                refused(IVY, command.apply(SALES_METRIC)),
                refused(MIA, command.apply(SALES_METRIC)),
                refused(ADA, command.apply(SALES_METRIC)),
                refused(OTTO.withRoles("AUDITOR"), command.apply(SALES_METRIC)),
                refused(ANALYST, command.apply(SALES_METRIC))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void recordingAMetric(Case c) throws Exception {
        check(c);
    }

    // ------------------------------------------------------------------------------------------------- decisions

    /** Defining and revoking decision rights: admins, and leaders at or above the team; belonging to it is not enough. */
    static Stream<Case> definingDecisionRights() {
        return forEach(DEFINING_DECISION_RIGHTS, command -> Stream.of(
                allowed(ADA, command.apply(SALES)),
                allowed(CARLA, command.apply(SALES)),
                allowed(SAM, command.apply(SALES)),
                allowed(SAM, command.apply(INBOUND)),
                allowed(IVY, command.apply(INBOUND)),
                refused(IVY, command.apply(SALES)),
                refused(OLIVE, command.apply(SALES)),
                refused(MIA, command.apply(SALES)),
                refused(NINA, command.apply(SALES)),
                refused(AUDITOR, command.apply(SALES)),
                refused(ANALYST, command.apply(SALES))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void definingDecisionRights(Case c) throws Exception {
        check(c);
    }

    /** The decision log: admins, leaders at or above the team, and the team's members who are leaders. */
    static Stream<Case> recordingDecisions() {
        return Stream.of(
                allowed(ADA, recordDecision(SALES)),
                allowed(CARLA, recordDecision(SALES)),
                allowed(SAM, recordDecision(INBOUND)),
                allowed(OLIVE, recordDecision(SALES)),
                allowed(OTTO, recordDecision(SALES)),
                allowed(OLIVE, recordDecision(INBOUND)),
                refused(OTTO, recordDecision(INBOUND)),
                refused(IVY, recordDecision(SALES)),
                refused(MIA, recordDecision(SALES)),
                refused(NINA, recordDecision(SALES)),
                refused(OLIVE.withRoles("AUDITOR"), recordDecision(SALES)),
                refused(AUDITOR, recordDecision(SALES)),
                refused(ANALYST, recordDecision(SALES)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void recordingDecisions(Case c) throws Exception {
        check(c);
    }

    // --------------------------------------------------------------------------------------------------- huddles

    /**
     * A team's huddle: run by leaders at or above it and by its own people, members included; a member of a team
     * above runs none of the huddles below, and nobody from a sibling team.
     */
    static Stream<Case> holdingAHuddle() {
        Actor olive = OLIVE.withRoles("MEMBER");
        Actor otto = OTTO.withRoles("MEMBER");
        return Stream.of(
                allowed(SAM, holdHuddle(SALES)),
                allowed(CARLA, holdHuddle(INBOUND)),
                allowed(IVY, holdHuddle(INBOUND)),
                allowed(olive, holdHuddle(SALES)),
                allowed(olive, holdHuddle(INBOUND)),
                allowed(otto, holdHuddle(SALES)),
                allowed(OTTO, holdHuddle(SALES)),
                refused(otto, holdHuddle(INBOUND)),
                refused(otto, holdHuddle(MARKETING)),
                refused(IVY, holdHuddle(SALES)),
                refused(MIA, holdHuddle(SALES)),
                refused(NINA, holdHuddle(SALES)),
                refused(OTTO.withRoles("AUDITOR"), holdHuddle(SALES)),
                refused(ANALYST, holdHuddle(SALES)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void holdingAHuddle(Case c) throws Exception {
        check(c);
    }

    // ------------------------------------------------------------------------------------------------- check-ins

    /** A leader records their own check-ins; an admin anyone's. */
    static Stream<Case> recordingACheckIn() {
        return Stream.of(
                allowed(SAM, checkInLedBy(SAM)),
                allowed(NINA, checkInLedBy(NINA)),
                allowed(SAM, checkInLedBy(null)),
                allowed(ADA, checkInLedBy(SAM)),
                refused(CARLA, checkInLedBy(SAM)),
                refused(OLIVE, checkInLedBy(SAM)),
                refused(SAM.withRoles("AUDITOR"), checkInLedBy(SAM)),
                refused(SAM.withRoles("ANALYST"), checkInLedBy(SAM)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void recordingACheckIn(Case c) throws Exception {
        check(c);
    }

    /** Completing and dropping a commitment: the check-in's leader and person, as LEADERs. */
    static Stream<Case> closingACommitment() {
        List<Function<CheckInId, Object>> closing = List.of(
                checkIn -> new CompleteCommitment(checkIn, 1),
                checkIn -> new DropCommitment(checkIn, 1, "Reason"));
        return forEach(closing, command -> Stream.of(
                allowed(SAM, command.apply(CHECK_IN)),
                allowed(OLIVE, command.apply(CHECK_IN)),
                allowed(NINA, command.apply(UNKNOWN_CHECK_IN)),
                refused(CARLA, command.apply(CHECK_IN)),
                refused(OTTO, command.apply(CHECK_IN)),
                refused(ADA, command.apply(CHECK_IN)),
                refused(OLIVE.withRoles("AUDITOR"), command.apply(CHECK_IN)),
                refused(AUDITOR, command.apply(UNKNOWN_CHECK_IN))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void closingACommitment(Case c) throws Exception {
        check(c);
    }

    // ----------------------------------------------------------------------------------------- unknown references

    /**
     * A leader's command that names a team, priority or metric that does not exist, or none at all, reaches the
     * handler, which answers 400 or 404; those with no right to change anything are still refused.
     */
    static Stream<Case> unknownReferences() {
        return Stream.of(
                allowed(NINA, new RegisterTeam(NEW_TEAM, "New", UNKNOWN_TEAM)),
                allowed(NINA, new RenameTeam(UNKNOWN_TEAM, "New name")),
                allowed(NINA, new AppointTeamLead(UNKNOWN_TEAM, new PersonId("lee"))),
                allowed(NINA, new MoveTeam(UNKNOWN_TEAM, UNKNOWN_TEAM)),
                allowed(SAM, new MoveTeam(INBOUND, UNKNOWN_TEAM)),
                allowed(SAM, new MoveTeam(INBOUND, null)),
                allowed(NINA, assignTo(UNKNOWN_TEAM)),
                allowed(NINA, assignTo(null)),
                allowed(NINA, new FramePlan(UNKNOWN_TEAM, Q4, null, "Outcome", List.of())),
                allowed(NINA, new RecordAssessment(UNKNOWN_TEAM, null, null, null, null)),
                allowed(NINA, new DefineMetric(new MetricId("new"), UNKNOWN_TEAM, "Name", "unit", null, null, null,
                        null, null, null, null, null)),
                allowed(NINA, new ChangePriority(UNKNOWN_PRIORITY, "Title", null, null, null, null, null)),
                allowed(NINA, new ChangePriority(null, "Title", null, null, null, null, null)),
                allowed(NINA, new UpdatePriorityStatus(UNKNOWN_PRIORITY, null, null, null, null)),
                allowed(NINA, new RetireMetric(UNKNOWN_METRIC, "Reason")),
                allowed(NINA, new RecordMetric(UNKNOWN_METRIC, null, null, null)),
                allowed(NINA, new RecordMetric(null, null, null, null)),
                allowed(NINA, new DefineDecisionRight(UNKNOWN_TEAM, "pricing", HolderRole.LEAD, null, DecisionMode.DECIDE)),
                allowed(NINA, recordDecision(UNKNOWN_TEAM)),
                allowed(NINA, recordDecision(null)),
                refused(AUDITOR, new RenameTeam(UNKNOWN_TEAM, "New name")),
                refused(AUDITOR, assignTo(UNKNOWN_TEAM)),
                refused(ANALYST, new UpdatePriorityStatus(UNKNOWN_PRIORITY, null, null, null, null)),
                refused(ADA, new RecordMetric(UNKNOWN_METRIC, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unknownReferences(Case c) throws Exception {
        check(c);
    }

    // ------------------------------------------------------------------------------------- senders and command types

    /** A command type nobody was given a rule for: refused to everyone but the service itself. */
    record UnruledCommand(TeamId teamId) {
    }

    @Test
    void theServiceItselfIsTrustedWithAnyCommand() throws Exception {
        for (Object command : List.of(new UnruledCommand(SALES), registerUnder(null), assignTo(MARKETING))) {
            assertThat(send(Map.of(AuditMetadata.ACTOR, AuditMetadata.SYSTEM), command)).as("system: %s", command)
                    .isSameAs(MARKER);
            assertThat(send(Map.of(), command)).as("no actor: %s", command).isSameAs(MARKER);
        }
    }

    @Test
    void anActorWithoutRolesMayDoNothing() {
        refusedWith(Map.of(AuditMetadata.ACTOR, "sam"), new RenameTeam(INBOUND, "New name"));
        refusedWith(Map.of(AuditMetadata.ACTOR, "sam", AuditMetadata.ROLES, ""), new RenameTeam(INBOUND, "New name"));
    }

    @Test
    void aCommandTypeWithoutARuleIsRefusedEvenToAnAdminLeader() {
        Actor everything = CARLA.withRoles("ADMIN,LEADER,AUDITOR,ANALYST");
        CommandRejectedException refusal = refusedWith(everything.metaData(), new UnruledCommand(SALES));
        assertThat(refusal).hasMessageContaining("may not unruled command here");
    }

    @Test
    void aCommandTypeHasOneRuleWhateverPolicyGivesIt() {
        FeaturePolicy another = permissions -> permissions.allow(RenameTeam.class, (actor, c) -> true);
        assertThat(catchThrowable(() -> new CommandPolicy(List.of(new TeamPolicy(new Leadership(new InMemoryTeams())),
                another)))).isInstanceOf(IllegalStateException.class).hasMessageContaining("RenameTeam");
    }

    /** A huddle's status report, checked outside the bus: the same answer as the command sent on its own. */
    @Test
    void aCommandCarriedInAnotherIsCheckedAsTheActorsOwn() {
        Object report = new UpdatePriorityStatus(INBOUND_PRIORITY, null, null, null, null);
        policy.authorise(MetaData.from(OLIVE.metaData()), report);
        Throwable refusal = catchThrowable(() -> policy.authorise(MetaData.from(NINA.metaData()), report));
        assertThat(refusal).isInstanceOf(CommandRejectedException.class);
        assertThat(((CommandRejectedException) refusal).rejection().kind()).isEqualTo(FORBIDDEN);
        policy.authorise(MetaData.from(Map.of(AuditMetadata.ACTOR, AuditMetadata.SYSTEM)), new UnruledCommand(SALES));
        policy.authorise(MetaData.emptyInstance(), new UnruledCommand(SALES));
    }

    @Test
    void theRefusalNamesTheActorAndTheCommand() {
        CommandRejectedException refusal = refusedWith(SAM.metaData(), new RenameTeam(SALES, "New name"));
        assertThat(refusal).hasMessageStartingWith("sam may not rename team here: ");
        assertThat(refusal.rejection().field()).isNull();
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** Who sends a command: the name and comma-separated roles the dispatching side stamps into the metadata. */
    record Actor(String name, String roles) {

        Actor withRoles(String otherRoles) {
            return new Actor(name, otherRoles);
        }

        Map<String, Object> metaData() {
            return Map.of(AuditMetadata.ACTOR, name, AuditMetadata.ROLES, roles);
        }

        @Override
        public String toString() {
            return name + " [" + roles + "]";
        }
    }

    /** One row of a table: the actor sends the command, which the policy lets through or refuses. */
    record Case(Actor actor, Object command, boolean allowed) {

        @Override
        public String toString() {
            return actor + " " + (allowed ? "may" : "may not") + " send " + command;
        }
    }

    private static Actor leader(String name) {
        return new Actor(name, "LEADER");
    }

    private static PersonId person(Actor actor) {
        return new PersonId(actor.name());
    }

    private static Case allowed(Actor actor, Object command) {
        return new Case(actor, command, true);
    }

    private static Case refused(Actor actor, Object command) {
        return new Case(actor, command, false);
    }

    private static RegisterTeam registerUnder(TeamId parent) {
        return new RegisterTeam(NEW_TEAM, "New team", parent);
    }

    private static RecordDecision recordDecision(TeamId team) {
        return new RecordDecision(new DecisionId("new"), team, "pricing", "Title", "Decision", person(OLIVE), List.of(),
                null);
    }

    private static AssignPriority assignTo(TeamId team) {
        return new AssignPriority(new PriorityId("new"), team, Q4, "Title", person(OLIVE), null, null, null, null);
    }

    private static HoldHuddle holdHuddle(TeamId team) {
        return new HoldHuddle(new HuddleId("new"), team, null, null, null, null, null, null, null);
    }

    private static RecordCheckIn checkInLedBy(Actor leader) {
        return new RecordCheckIn(new CheckInId("new"), leader == null ? null : person(leader), person(OLIVE),
                null, CheckInPhase.TRACK, null, null, null);
    }

    /** The same rows for each of several commands that name the same kind of thing. */
    private static <R> Stream<Case> forEach(List<Function<R, Object>> commands,
                                            Function<Function<R, Object>, Stream<Case>> rows) {
        List<Case> cases = new ArrayList<>();
        commands.forEach(command -> rows.apply(command).forEach(cases::add));
        return cases.stream();
    }

    private void check(Case c) throws Exception {
        if (c.allowed()) {
            assertThat(send(c.actor().metaData(), c.command())).isSameAs(MARKER);
        } else {
            refusedWith(c.actor().metaData(), c.command());
        }
    }

    private CommandRejectedException refusedWith(Map<String, ?> metaData, Object command) {
        Throwable thrown = catchThrowable(() -> send(metaData, command));
        assertThat(thrown).as("refusal of %s", command).isInstanceOf(CommandRejectedException.class);
        CommandRejectedException refusal = (CommandRejectedException) thrown;
        assertThat(refusal.rejection().kind()).isEqualTo(FORBIDDEN);
        assertThat(chainCalled).as("the handler was reached").isFalse();
        return refusal;
    }

    /** Sends the command with that metadata through the policy, in a unit of work, to a chain answering the marker. */
    private Object send(Map<String, ?> metaData, Object command) throws Exception {
        chainCalled = false;
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(new HashMap<>(metaData));
        UnitOfWork<CommandMessage<Object>> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        try {
            return policy.handle(unitOfWork, () -> {
                chainCalled = true;
                return MARKER;
            });
        } finally {
            unitOfWork.rollback();
        }
    }
}
