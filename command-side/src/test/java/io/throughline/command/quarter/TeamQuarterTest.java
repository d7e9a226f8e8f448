package io.throughline.command.quarter;

import io.throughline.command.authorisation.CommandPolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.priority.Priority;
import io.throughline.command.priority.TeamQuarterCommandHandler;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.AuditMetadata;
import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityCarriedOver;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityContinued;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityMissed;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.quarter.CloseQuarter;
import io.throughline.kernel.quarter.ClosedPriority;
import io.throughline.kernel.quarter.QuarterClosed;
import io.throughline.kernel.quarter.QuarterDecision;
import io.throughline.kernel.quarter.QuarterOutcome;
import io.throughline.kernel.quarter.QuarterReopened;
import io.throughline.kernel.quarter.ReopenQuarter;
import io.throughline.kernel.team.TeamId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.FORBIDDEN;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Closing a team's quarter with an outcome for each open priority, applied to them in its unit of work; reopening. */
class TeamQuarterTest {

    private static final TeamId COMPANY = new TeamId("company");
    private static final TeamId SALES = new TeamId("sales");
    private static final TeamId EMEA = new TeamId("emea");
    private static final PersonId CARLA = new PersonId("carla");
    private static final PersonId DANA = new PersonId("dana");
    private static final PersonId ELI = new PersonId("eli");
    private static final PersonId FRAN = new PersonId("fran");
    private static final PersonId STRANGER = new PersonId("stranger");
    private static final Quarter Q3 = new Quarter("2026-Q3");
    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final PriorityId GROW = new PriorityId("grow");
    private static final PriorityId GROW_Q4 = new PriorityId("grow-q4");
    private static final PriorityId LOGOS = new PriorityId("logos");
    private static final PriorityId RENEWALS = new PriorityId("renewals");
    private static final PriorityId PARTNERS = new PriorityId("partners");
    private static final PriorityId EVENTS = new PriorityId("events");
    private static final AnnualGoalId LOGOS_GOAL = new AnnualGoalId("logos-2026");

    private AggregateTestFixture<TeamQuarter> fixture;
    private EventStore elsewhere;
    private InMemoryQuarters quarters;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(TeamQuarter.class);
        elsewhere = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        InMemoryTeams teams = new InMemoryTeams().root(COMPANY).lead(COMPANY, CARLA).child(SALES, COMPANY)
                .lead(SALES, DANA).person(SALES, ELI).child(EMEA, SALES).person(EMEA, FRAN);
        quarters = new InMemoryQuarters().open(SALES, Q3, LOGOS, RENEWALS, PARTNERS, EVENTS).carriedOver(GROW, GROW_Q4);
        fixture.registerAnnotatedCommandHandler(new TeamQuarterCommandHandler(fixture.getRepository(),
                EventSourcingRepository.builder(Priority.class).eventStore(elsewhere).build(), teams, quarters));
        stored(LOGOS, new PriorityAssigned(LOGOS, SALES, Q3, "Win logos", ELI, "10 logos", null, GROW, LOGOS_GOAL),
                new PriorityStatusUpdated(LOGOS, new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.AT_RISK), null, null));
        stored(RENEWALS, new PriorityAssigned(RENEWALS, SALES, Q3, "Renewals", DANA, null, null, null, null),
                new PriorityStatusUpdated(RENEWALS, new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.OFF_TRACK), null, null));
        stored(PARTNERS, new PriorityAssigned(PARTNERS, SALES, Q3, "Partners", DANA, null, null, null, null));
        stored(EVENTS, new PriorityAssigned(EVENTS, SALES, Q3, "Events", ELI, null, null, null, null));
    }

    @Test
    void closingAppliesAnOutcomeToEveryOpenPriorityInOneGo() {
        PriorityId next = TeamQuarter.successorOf(LOGOS, Q4);
        fixture.givenNoPriorActivity()
                .when(close(carry(LOGOS, null, null), missed(RENEWALS, " Priced too late "), done(PARTNERS),
                        drop(EVENTS, "No budget")))
                .expectEvents(new QuarterClosed(SALES, Q3, List.of(
                        new ClosedPriority(LOGOS, QuarterOutcome.CARRY_OVER, next),
                        new ClosedPriority(RENEWALS, QuarterOutcome.MISSED, null),
                        new ClosedPriority(PARTNERS, QuarterOutcome.DONE, null),
                        new ClosedPriority(EVENTS, QuarterOutcome.DROP, null))));
        assertThat(last(RENEWALS)).isEqualTo(new PriorityMissed(RENEWALS,
                new Change<>(PriorityStatus.OFF_TRACK, PriorityStatus.MISSED), "Priced too late"));
        assertThat(last(PARTNERS)).isEqualTo(new PriorityCompleted(PARTNERS,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.COMPLETED), null));
        assertThat(last(EVENTS)).isEqualTo(new PriorityDropped(EVENTS,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.DROPPED), "No budget"));
        assertThat(last(LOGOS)).isEqualTo(new PriorityCarriedOver(LOGOS,
                new Change<>(PriorityStatus.AT_RISK, PriorityStatus.CARRIED_OVER), next, Q4));
    }

    @Test
    void carryOverOpensTheSuccessorLinkedBackUnderTheParentsOwnSuccessorServingTheSameAnnualGoal() {
        PriorityId next = TeamQuarter.successorOf(LOGOS, Q4);
        fixture.givenNoPriorActivity()
                .when(close(carry(LOGOS, null, null), done(RENEWALS), done(PARTNERS), done(EVENTS)))
                .expectSuccessfulHandlerExecution();
        assertThat(eventsOf(next)).containsExactly(
                new PriorityAssigned(next, SALES, Q4, "Win logos", ELI, "10 logos", null, GROW_Q4, LOGOS_GOAL),
                new PriorityContinued(next, LOGOS, Q3, "Win logos"));
    }

    @Test
    void carryOverTakesTheNextTitleAndOwnerNamed() {
        PriorityId next = TeamQuarter.successorOf(PARTNERS, Q4);
        fixture.givenNoPriorActivity()
                .when(close(done(LOGOS), done(RENEWALS), carry(PARTNERS, "Partners, phase two", ELI), done(EVENTS)))
                .expectSuccessfulHandlerExecution();
        assertThat(eventsOf(next).get(0)).isEqualTo(
                new PriorityAssigned(next, SALES, Q4, "Partners, phase two", ELI, null, null, null, null));
    }

    @Test
    void theNextOwnerMayLeadOrBelongToATeamBelow() {
        PriorityId next = TeamQuarter.successorOf(PARTNERS, Q4);
        fixture.givenNoPriorActivity()
                .when(close(done(LOGOS), done(RENEWALS), carry(PARTNERS, null, FRAN), done(EVENTS)))
                .expectSuccessfulHandlerExecution();
        assertThat(eventsOf(next).get(0)).isEqualTo(new PriorityAssigned(next, SALES, Q4, "Partners", FRAN, null, null, null, null));
    }

    @Test
    void theNextOwnerMayNotBeALeadOfATeamAboveOnly() {
        fixture.givenNoPriorActivity()
                .when(close(done(LOGOS), done(RENEWALS), carry(PARTNERS, null, CARLA), done(EVENTS)))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "decisions[2].nextOwnerId"));
    }

    @Test
    void closingNeedsADecisionForEveryOpenPriority() {
        fixture.givenNoPriorActivity()
                .when(close(done(LOGOS), done(RENEWALS), done(PARTNERS)))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "decisions"));
    }

    @Test
    void closingRefusesAPriorityThatIsNotOpenInTheQuarterOrDecidedTwice() {
        fixture.givenNoPriorActivity()
                .when(close(done(LOGOS), done(RENEWALS), done(PARTNERS), done(EVENTS), done(GROW)))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "decisions[4].priorityId"));
        fixture.givenNoPriorActivity()
                .when(close(done(LOGOS), done(LOGOS), done(RENEWALS), done(PARTNERS), done(EVENTS)))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "decisions[1].priorityId"));
    }

    @Test
    void aMissedPriorityNeedsAReflection() {
        fixture.givenNoPriorActivity()
                .when(close(done(LOGOS), missed(RENEWALS, "  "), done(PARTNERS), done(EVENTS)))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "decisions[1].reflection"));
    }

    @Test
    void aDropNeedsItsReason() {
        fixture.givenNoPriorActivity()
                .when(close(done(LOGOS), done(RENEWALS), done(PARTNERS), drop(EVENTS, null)))
                .expectNoEvents().expectException(rejected(INVALID, "decisions[3].reflection"));
    }

    @Test
    void aRefusedOutcomeRefusesTheWholeClosingNamingTheDecision() {
        fixture.givenNoPriorActivity()
                .when(close(done(LOGOS), done(RENEWALS), done(PARTNERS), carry(EVENTS, null, STRANGER)))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "decisions[3].nextOwnerId"));
        assertThat(last(LOGOS)).isInstanceOf(PriorityStatusUpdated.class);
        assertThat(last(PARTNERS)).isInstanceOf(PriorityAssigned.class);
    }

    @Test
    void aQuarterClosesOnce() {
        fixture.given(new QuarterClosed(SALES, Q3, List.of()))
                .when(close())
                .expectNoEvents().expectException(rejected(CONFLICT, "quarter"));
    }

    @Test
    void reopeningNeedsAReason() {
        fixture.given(new QuarterClosed(SALES, Q3, List.of()))
                .when(new ReopenQuarter(SALES, Q3, " "))
                .expectNoEvents().expectException(rejected(INVALID, "reason"));
    }

    @Test
    void onlyAClosedQuarterIsReopened() {
        fixture.given(new QuarterClosed(SALES, Q3, List.of()), new QuarterReopened(SALES, Q3, "not over", List.of()))
                .when(new ReopenQuarter(SALES, Q3, "again"))
                .expectNoEvents().expectException(rejected(CONFLICT, "quarter"));
    }

    @Test
    void reopeningReturnsMissedPrioritiesToTheirLastOpenStatusAndLeavesTheRest() {
        stored(RENEWALS, 2, new PriorityMissed(RENEWALS, new Change<>(PriorityStatus.OFF_TRACK, PriorityStatus.MISSED),
                "Priced too late"));
        stored(PARTNERS, 1, new PriorityCompleted(PARTNERS,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.COMPLETED), null));
        fixture.given(new QuarterClosed(SALES, Q3, List.of(new ClosedPriority(RENEWALS, QuarterOutcome.MISSED, null),
                        new ClosedPriority(PARTNERS, QuarterOutcome.DONE, null))))
                .when(new ReopenQuarter(SALES, Q3, "The deal closes next week"))
                .expectEvents(new QuarterReopened(SALES, Q3, "The deal closes next week", List.of(RENEWALS)));
        assertThat(last(RENEWALS)).isEqualTo(new PriorityReinstated(RENEWALS,
                new Change<>(PriorityStatus.MISSED, PriorityStatus.OFF_TRACK),
                "the quarter was reopened: The deal closes next week"));
        assertThat(last(PARTNERS)).isInstanceOf(PriorityCompleted.class);
    }

    @Test
    void onlyTheTeamsLeadOrALeadAboveClosesAndReopensTheQuarter() {
        InMemoryTeams teams = new InMemoryTeams().root(COMPANY).lead(COMPANY, CARLA).child(SALES, COMPANY)
                .lead(SALES, DANA).person(SALES, ELI);
        CommandPolicy policy = new CommandPolicy(List.of(new TeamQuarterPolicy(new Leadership(teams))));
        ReopenQuarter reopen = new ReopenQuarter(SALES, Q3, "not over");
        assertThatThrownBy(() -> policy.authorise(signedBy(ELI), reopen))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        refused -> assertThat(refused.rejection().kind()).isEqualTo(FORBIDDEN));
        assertThatThrownBy(() -> policy.authorise(signedBy(ELI), close()))
                .isInstanceOf(CommandRejectedException.class);
        assertThatCode(() -> policy.authorise(signedBy(DANA), reopen)).doesNotThrowAnyException();
        assertThatCode(() -> policy.authorise(signedBy(CARLA), close())).doesNotThrowAnyException();
    }

    private static MetaData signedBy(PersonId person) {
        return MetaData.with(AuditMetadata.ACTOR, person.value()).and(AuditMetadata.ROLES, "LEADER");
    }

    private static CloseQuarter close(QuarterDecision... decisions) {
        return new CloseQuarter(SALES, Q3, List.of(decisions));
    }

    private static QuarterDecision done(PriorityId priority) {
        return new QuarterDecision(priority, QuarterOutcome.DONE, null, null, null);
    }

    private static QuarterDecision missed(PriorityId priority, String reflection) {
        return new QuarterDecision(priority, QuarterOutcome.MISSED, reflection, null, null);
    }

    private static QuarterDecision drop(PriorityId priority, String reason) {
        return new QuarterDecision(priority, QuarterOutcome.DROP, reason, null, null);
    }

    private static QuarterDecision carry(PriorityId priority, String title, PersonId owner) {
        return new QuarterDecision(priority, QuarterOutcome.CARRY_OVER, null, title, owner);
    }

    private void stored(PriorityId id, Object... events) {
        for (int i = 0; i < events.length; i++) {
            stored(id, i, events[i]);
        }
    }

    private void stored(PriorityId id, long sequence, Object event) {
        elsewhere.publish(new GenericDomainEventMessage<>("Priority", id.value(), sequence, event));
    }

    private Object last(PriorityId id) {
        List<Object> events = eventsOf(id);
        return events.get(events.size() - 1);
    }

    private List<Object> eventsOf(PriorityId id) {
        return elsewhere.readEvents(id.value()).asStream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }
}
