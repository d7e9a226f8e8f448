package io.throughline.command.huddle;

import io.throughline.command.priority.Placement;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.CommandRejection;
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
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.NOT_FOUND;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class HuddleLogTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final PersonId DANA = new PersonId("dana");
    private static final PersonId ELI = new PersonId("eli");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final HuddleId MONDAY = new HuddleId("h-monday");
    private static final HuddleId TUESDAY = new HuddleId("h-tuesday");
    private static final PriorityId LOGOS = new PriorityId("logos");
    private static final MetricId PIPELINE = new MetricId("pipeline");
    private static final StuckItemId LEGAL = new StuckItemId("legal");
    private static final StuckItem LEGAL_STUCK = new StuckItem(LEGAL, "Legal review queue", ELI, LOGOS);

    private AggregateTestFixture<HuddleLog> fixture;
    private CommandGateway commands;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(HuddleLog.class);
        commands = mock(CommandGateway.class);
        PriorityDirectory priorities = id -> id.equals(LOGOS)
                ? Optional.of(new Placement(SALES, new Quarter("2026-Q4"), ELI, false)) : Optional.empty();
        fixture.registerAnnotatedCommandHandler(new HuddleCommandHandler(fixture.getRepository(), commands,
                new InMemoryTeams().root(SALES).lead(SALES, DANA).person(SALES, ELI), priorities,
                Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC)));
    }

    @Test
    void aHuddleIsRecordedWithItsFacilitatorAmongTheAttendees() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(ELI), List.of(), List.of(), List.of(LEGAL_STUCK), List.of(" A win ")))
                .expectEvents(new HuddleHeld(MONDAY, SALES, TODAY, DANA, List.of(DANA, ELI), List.of(), List.of(),
                        List.of(), List.of(LEGAL_STUCK), List.of("A win")));
    }

    @Test
    void itsUpdatesAreSentOnAsTheLeadersOwnCommandsMarkedWithTheHuddle() {
        PriorityUpdate status = new PriorityUpdate(LOGOS, PriorityStatus.AT_RISK, "slow");
        MetricUpdate value = new MetricUpdate(PIPELINE, new Period("2026-W48"), BigDecimal.TEN);
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(status), List.of(value), List.of(), List.of()))
                .expectSuccessfulHandlerExecution();
        MetaData marked = MetaData.with(AuditMetadata.HUDDLE, MONDAY.value());
        InOrder order = inOrder(commands);
        order.verify(commands).sendAndWait(new UpdatePriorityStatus(LOGOS, PriorityStatus.AT_RISK, "slow", null, null),
                marked);
        order.verify(commands).sendAndWait(new RecordMetric(PIPELINE, new Period("2026-W48"), BigDecimal.TEN,
                "reported in the huddle"), marked);
    }

    @Test
    void aRefusedUpdateRefusesTheHuddleNamingTheUpdate() {
        doThrow(new CommandExecutionException("closed", null, new CommandRejection(CommandRejection.Kind.CONFLICT,
                "status", "the priority is closed", "closed-priority-accepts-only-reinstatement")))
                .when(commands).sendAndWait(any(UpdatePriorityStatus.class), any(MetaData.class));
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(new PriorityUpdate(LOGOS, PriorityStatus.AT_RISK, null)),
                        List.of(), List.of(), List.of()))
                .expectException(rejected(CONFLICT, "priorityUpdates[0].status"));
    }

    @Test
    void whatAnUpdateCannotFindIsABadReferenceInTheHuddle() {
        doThrow(new CommandExecutionException("missing", null, new CommandRejection(NOT_FOUND, null, "nothing", null)))
                .when(commands).sendAndWait(any(RecordMetric.class), eq(MetaData.with(AuditMetadata.HUDDLE, "h-monday")));
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY, List.of(), List.of(),
                        List.of(new MetricUpdate(PIPELINE, new Period("2026-W48"), BigDecimal.ONE)), List.of(), List.of()))
                .expectException(rejected(INVALID, "metricUpdates[0]"));
    }

    @Test
    void oneHuddleADay() {
        fixture.given(held(MONDAY, TODAY, List.of()))
                .when(hold(TUESDAY, TODAY, List.of(), List.of(), List.of(), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(CONFLICT, "date"));
        verifyNoInteractions(commands);
    }

    @Test
    void aHuddleIsRecordedOnceHeldNotBefore() {
        fixture.givenNoPriorActivity()
                .when(hold(MONDAY, TODAY.plusDays(1), List.of(), List.of(), List.of(), List.of(), List.of()))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "date"));
    }

    @Test
    void theFacilitatorLeadsOrBelongsToTheTeam() {
        fixture.givenNoPriorActivity()
                .when(new HoldHuddle(MONDAY, SALES, TODAY, new PersonId("stranger"), List.of(), List.of(), List.of(),
                        List.of(), List.of()))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "facilitatorId"));
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
        verifyNoInteractions(commands);
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

    private static HuddleHeld held(HuddleId huddle, LocalDate date, List<StuckItem> stuck) {
        return new HuddleHeld(huddle, SALES, date, DANA, List.of(DANA), List.of(), List.of(), List.of(), stuck, List.of());
    }
}
