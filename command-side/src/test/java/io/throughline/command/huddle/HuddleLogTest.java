package io.throughline.command.huddle;

import io.throughline.command.authorisation.CommandPolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.metric.MetricPolicy;
import io.throughline.command.priority.PriorityPolicy;
import io.throughline.command.metric.Metric;
import io.throughline.command.metric.MetricDirectory;
import io.throughline.command.metric.Responsibility;
import io.throughline.command.priority.Placement;
import io.throughline.command.priority.Priority;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.quarter.InMemoryQuarters;
import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.HuddleHeld;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.MetricUpdate;
import io.throughline.kernel.huddle.PriorityUpdate;
import io.throughline.kernel.huddle.ResolveStuckItem;
import io.throughline.kernel.huddle.StuckItem;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.huddle.StuckItemResolved;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.team.TeamId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.FORBIDDEN;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.NOT_FOUND;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The huddle's own rules, and its updates applied to real priorities and KPIs in the huddle's unit of work. */
class HuddleLogTest {

    private static final TeamId COMPANY = new TeamId("company");
    private static final TeamId SALES = new TeamId("sales");
    private static final PersonId CARLA = new PersonId("carla");
    private static final PersonId DANA = new PersonId("dana");
    private static final PersonId ELI = new PersonId("eli");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final HuddleId MONDAY = new HuddleId("h-monday");
    private static final HuddleId TUESDAY = new HuddleId("h-tuesday");
    private static final PriorityId LOGOS = new PriorityId("logos");
    private static final MetricId PIPELINE = new MetricId("pipeline");
    private static final StuckItemId LEGAL = new StuckItemId("legal");
    private static final StuckItem LEGAL_STUCK = new StuckItem(LEGAL, "Legal review queue", ELI, LOGOS);

    private static final PriorityId RENEWALS = new PriorityId("renewals");
    private static final PriorityId SIGNED = new PriorityId("signed");
    private static final Period WEEK_48 = new Period("2026-W48");

    private AggregateTestFixture<HuddleLog> fixture;
    /** Where the priorities and KPIs the huddle updates live, beside the fixture's own store of huddle logs. */
    private EventStore elsewhere;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(HuddleLog.class);
        elsewhere = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        Map<PriorityId, Placement> placements = Map.of(
                LOGOS, new Placement(SALES, new Quarter("2026-Q4"), ELI, false),
                RENEWALS, new Placement(SALES, new Quarter("2026-Q4"), DANA, false),
                SIGNED, new Placement(SALES, new Quarter("2026-Q4"), DANA, true));
        PriorityDirectory priorities = id -> Optional.ofNullable(placements.get(id));
        InMemoryTeams teams = new InMemoryTeams().root(COMPANY).lead(COMPANY, CARLA).child(SALES, COMPANY)
                .lead(SALES, DANA).person(SALES, ELI);
        MetricDirectory metrics = mock(MetricDirectory.class);
        when(metrics.responsibilityOf(any())).thenReturn(Optional.empty());
        when(metrics.responsibilityOf(PIPELINE)).thenReturn(Optional.of(new Responsibility(SALES, ELI)));
        fixture.registerAnnotatedCommandHandler(new HuddleCommandHandler(fixture.getRepository(),
                EventSourcingRepository.builder(Priority.class).eventStore(elsewhere).build(),
                EventSourcingRepository.builder(Metric.class).eventStore(elsewhere).build(),
                new CommandPolicy(List.of(new PriorityPolicy(new Leadership(teams), priorities),
                        new MetricPolicy(new Leadership(teams), metrics))), teams, priorities, new InMemoryQuarters(),
                Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC)));
        stored(LOGOS.value(), "Priority", new PriorityAssigned(LOGOS, SALES, new Quarter("2026-Q4"), "Win logos", ELI,
                null, null, null, null));
        stored(RENEWALS.value(), "Priority", new PriorityAssigned(RENEWALS, SALES, new Quarter("2026-Q4"), "Renewals",
                DANA, null, null, null, null));
        stored(SIGNED.value(), "Priority", new PriorityAssigned(SIGNED, SALES, new Quarter("2026-Q4"), "Signed", DANA,
                null, null, null, null), new PriorityCompleted(SIGNED,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.COMPLETED), null));
        stored(PIPELINE.value(), "Metric", new MetricDefined(PIPELINE, SALES, "Pipeline", null, BigDecimal.TEN,
                Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, ELI, null, null, null, null));
    }

    @Test
    void aHuddleIsRecordedWithItsFacilitatorAmongTheAttendees() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(ELI), List.of(), List.of(), List.of(LEGAL_STUCK), List.of(" A win ")))
                .expectEvents(new HuddleHeld(MONDAY, SALES, TODAY, DANA, List.of(DANA, ELI), List.of(), List.of(),
                        List.of(), List.of(LEGAL_STUCK), List.of("A win")));
    }

    @Test
    void itsUpdatesAreAppliedAsTheLeadersOwnCommandsMarkedWithTheHuddle() {
        PriorityUpdate status = new PriorityUpdate(LOGOS, PriorityStatus.AT_RISK, "slow");
        MetricUpdate value = new MetricUpdate(PIPELINE, WEEK_48, BigDecimal.TEN);
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(status), List.of(value), List.of(), List.of()), signedBy(DANA))
                .expectSuccessfulHandlerExecution();

        DomainEventMessage<?> report = last(LOGOS.value());
        assertThat(report.getPayload()).isEqualTo(new PriorityStatusUpdated(LOGOS,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.AT_RISK), "slow", null));
        assertThat(report.getMetaData()).containsEntry(AuditMetadata.HUDDLE, MONDAY.value());
        DomainEventMessage<?> recorded = last(PIPELINE.value());
        assertThat(recorded.getPayload()).isEqualTo(new MetricRecorded(PIPELINE, WEEK_48, BigDecimal.TEN,
                "reported in the huddle"));
        assertThat(recorded.getMetaData()).containsEntry(AuditMetadata.HUDDLE, MONDAY.value());
    }

    @Test
    void aRefusedUpdateRefusesTheHuddleNamingTheUpdateAndNoUpdateIsStored() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(new PriorityUpdate(LOGOS, PriorityStatus.AT_RISK, null),
                        new PriorityUpdate(RENEWALS, PriorityStatus.ON_TRACK, null),
                        new PriorityUpdate(SIGNED, PriorityStatus.AT_RISK, null)), List.of(), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(CONFLICT, "priorityUpdates[2]"));
        assertThat(last(LOGOS.value()).getPayload()).isInstanceOf(PriorityAssigned.class);
        assertThat(last(RENEWALS.value()).getPayload()).isInstanceOf(PriorityAssigned.class);
    }

    @Test
    void aRefusalNamesTheFieldOfTheUpdate() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(new PriorityUpdate(LOGOS, PriorityStatus.COMPLETED, null)),
                        List.of(), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "priorityUpdates[0].status"));
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(), List.of(new MetricUpdate(PIPELINE, new Period("2026-11"),
                        BigDecimal.ONE)), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "metricUpdates[0].period"));
    }

    @Test
    void whatAnUpdateCannotFindIsABadReferenceInTheHuddle() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(),
                        List.of(new MetricUpdate(new MetricId("nowhere"), WEEK_48, BigDecimal.ONE)), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "metricUpdates[0]"));
    }

    @Test
    void anUpdateIsAuthorisedAsTheSignersOwnCommand() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(new PriorityUpdate(RENEWALS, PriorityStatus.AT_RISK, null)),
                        List.of(), List.of(), List.of()), signedBy(ELI))
                .expectNoEvents().expectException(rejected(FORBIDDEN, "priorityUpdates[0]"));
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(new PriorityUpdate(LOGOS, PriorityStatus.AT_RISK, null)),
                        List.of(), List.of(), List.of()), signedBy(ELI))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMembersHuddleReportsOnlyOnWhatTheMemberOwns() {
        Map<String, ?> eliAsMember = Map.of(AuditMetadata.ACTOR, ELI.value(), AuditMetadata.ROLES, "MEMBER");
        fixture.givenNoPriorActivity()
                .when(runBy(ELI, List.of(new PriorityUpdate(LOGOS, PriorityStatus.ON_TRACK, null),
                        new PriorityUpdate(RENEWALS, PriorityStatus.AT_RISK, "Dana's, not mine")), List.of()), eliAsMember)
                .expectNoEvents().expectException(rejected(FORBIDDEN, "priorityUpdates[1]"));
        assertThat(last(LOGOS.value()).getPayload()).isInstanceOf(PriorityAssigned.class);
        fixture.givenNoPriorActivity()
                .when(runBy(ELI, List.of(new PriorityUpdate(LOGOS, PriorityStatus.ON_TRACK, null)),
                        List.of(new MetricUpdate(PIPELINE, WEEK_48, BigDecimal.ONE))), eliAsMember)
                .expectSuccessfulHandlerExecution();
        assertThat(last(LOGOS.value()).getPayload()).isInstanceOf(PriorityStatusUpdated.class);
        assertThat(last(PIPELINE.value()).getPayload()).isInstanceOf(MetricRecorded.class);
    }

    @Test
    void oneHuddleADay() {
        fixture.given(held(MONDAY, TODAY, List.of()))
                .when(hold(TUESDAY, TODAY, List.of(), List.of(), List.of(), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(CONFLICT, "date"));
    }

    @Test
    void aHuddleIsRecordedOnceHeldNotBefore() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY.plusDays(1), List.of(), List.of(), List.of(), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "date"));
    }

    @Test
    void theFacilitatorLeadsOrBelongsToTheTeamOrLeadsATeamAbove() {
        fixture.givenNoPriorActivity()
                .when(new HoldHuddle(MONDAY, SALES, TODAY, new PersonId("stranger"), List.of(), List.of(), List.of(),
                        List.of(), List.of()))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "facilitatorId"));
    }

    @Test
    void aLeaderAboveTheTeamFacilitatesItsHuddle() {
        fixture.givenNoPriorActivity()
                .when(new HoldHuddle(MONDAY, SALES, TODAY, CARLA, List.of(DANA), List.of(), List.of(), List.of(),
                        List.of()), signedBy(CARLA))
                .expectEvents(new HuddleHeld(MONDAY, SALES, TODAY, CARLA, List.of(CARLA, DANA), List.of(), List.of(),
                        List.of(), List.of(), List.of()));
    }

    @Test
    void theTeamMustExist() {
        fixture.givenNoPriorActivity()
                .when(new HoldHuddle(MONDAY, new TeamId("nowhere"), TODAY, DANA, List.of(), List.of(), List.of(),
                        List.of(), List.of()))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "teamId"));
    }

    @Test
    void aDateIsRequired() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, null, List.of(), List.of(), List.of(), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "date"));
    }

    @Test
    void anAttendeeIsNamedOnce() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(ELI, ELI), List.of(), List.of(), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "attendeeIds[1]"));
    }

    @Test
    void aPriorityIsUpdatedOnceAHuddle() {
        PriorityUpdate update = new PriorityUpdate(LOGOS, PriorityStatus.AT_RISK, null);
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(update, update), List.of(), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "priorityUpdates[1]"));
    }

    @Test
    void aKpiIsUpdatedOncePerPeriodAHuddle() {
        MetricUpdate value = new MetricUpdate(PIPELINE, new Period("2026-W48"), BigDecimal.ONE);
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(), List.of(value, value), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "metricUpdates[1]"));
    }

    @Test
    void aStuckItemNeedsADescriptionAnOwnerAndARealPriority() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(), List.of(),
                        List.of(new StuckItem(LEGAL, " ", ELI, null)), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "stuck[0].description"));
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(), List.of(),
                        List.of(new StuckItem(LEGAL, "Legal", null, null)), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "stuck[0].ownerId"));
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(), List.of(),
                        List.of(new StuckItem(LEGAL, "Legal", ELI, new PriorityId("none"))), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "stuck[0].priorityId"));
    }

    @Test
    void aBlankWinIsRefusedByItsPosition() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(), List.of(), List.of(), List.of("Logo", "")))
                .expectNoEvents().expectException(rejected(INVALID, "wins[1]"));
    }

    @Test
    void openStuckItemsAreCarriedOverToTheNextHuddle() {
        fixture.given(held(MONDAY, TODAY.minusDays(1), List.of(LEGAL_STUCK)))
                .when(hold(TUESDAY, TODAY, List.of(), List.of(), List.of(), List.of(), List.of()))
                .expectEvents(new HuddleHeld(TUESDAY, SALES, TODAY, DANA, List.of(DANA), List.of(LEGAL), List.of(),
                        List.of(), List.of(), List.of()));
    }

    @Test
    void aResolvedItemIsNoLongerCarriedOver() {
        fixture.given(held(MONDAY, TODAY.minusDays(1), List.of(LEGAL_STUCK)), new StuckItemResolved(SALES, LEGAL, "done"))
                .when(hold(TUESDAY, TODAY, List.of(), List.of(), List.of(), List.of(), List.of()))
                .expectEvents(new HuddleHeld(TUESDAY, SALES, TODAY, DANA, List.of(DANA), List.of(), List.of(),
                        List.of(), List.of(), List.of()));
    }

    @Test
    void aStuckItemIdIsUsedOnce() {
        fixture.given(held(MONDAY, TODAY.minusDays(1), List.of(LEGAL_STUCK)))
                .when(hold(TUESDAY, TODAY, List.of(), List.of(), List.of(), List.of(LEGAL_STUCK), List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "stuck[0].itemId"));
    }

    @Test
    void anOpenItemIsResolvedWithAResolution() {
        fixture.given(held(MONDAY, TODAY, List.of(LEGAL_STUCK)))
                .when(new ResolveStuckItem(SALES, LEGAL, " Finance approved "))
                .expectEvents(new StuckItemResolved(SALES, LEGAL, "Finance approved"));
        fixture.given(held(MONDAY, TODAY, List.of(LEGAL_STUCK)))
                .when(new ResolveStuckItem(SALES, LEGAL, " "))
                .expectNoEvents().expectException(rejected(INVALID, "resolution"));
    }

    @Test
    void anItemIsResolvedOnce() {
        fixture.given(held(MONDAY, TODAY, List.of(LEGAL_STUCK)), new StuckItemResolved(SALES, LEGAL, "done"))
                .when(new ResolveStuckItem(SALES, LEGAL, "again"))
                .expectNoEvents().expectException(rejected(CONFLICT, "itemId"));
    }

    @Test
    void onlyAnItemRaisedInTheTeamsHuddlesCanBeResolved() {
        fixture.given(held(MONDAY, TODAY, List.of()))
                .when(new ResolveStuckItem(SALES, new StuckItemId("elsewhere"), "done"))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "itemId"));
    }

    private static HoldHuddle hold(HuddleId huddle, LocalDate date, List<PersonId> attendees,
                                   List<PriorityUpdate> statuses, List<MetricUpdate> values, List<StuckItem> stuck,
                                   List<String> wins) {
        return new HoldHuddle(huddle, SALES, date, DANA, attendees, statuses, values, stuck, wins);
    }

    /** A huddle of sales run by the person, reporting these updates and nothing else. */
    private static HoldHuddle runBy(PersonId facilitator, List<PriorityUpdate> statuses, List<MetricUpdate> values) {
        return new HoldHuddle(MONDAY, SALES, TODAY, facilitator, List.of(), statuses, values, List.of(), List.of());
    }

    private static Map<String, ?> signedBy(PersonId leader) {
        return Map.of(AuditMetadata.ACTOR, leader.value(), AuditMetadata.ROLES, "LEADER");
    }

    private void stored(String id, String type, Object... events) {
        for (int i = 0; i < events.length; i++) {
            elsewhere.publish(new GenericDomainEventMessage<>(type, id, i, events[i]));
        }
    }

    private DomainEventMessage<?> last(String id) {
        List<? extends DomainEventMessage<?>> events = elsewhere.readEvents(id).asStream().toList();
        return events.get(events.size() - 1);
    }

    private static HuddleHeld held(HuddleId huddle, LocalDate date, List<StuckItem> stuck) {
        return new HuddleHeld(huddle, SALES, date, DANA, List.of(DANA), List.of(), List.of(), List.of(), stuck, List.of());
    }
}
