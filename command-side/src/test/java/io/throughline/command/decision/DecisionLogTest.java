package io.throughline.command.decision;

import io.throughline.command.priority.Placement;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.decision.DecisionId;
import io.throughline.kernel.decision.DecisionMode;
import io.throughline.kernel.decision.DecisionRecorded;
import io.throughline.kernel.decision.DecisionRightDefined;
import io.throughline.kernel.decision.DecisionRightRevoked;
import io.throughline.kernel.decision.DefineDecisionRight;
import io.throughline.kernel.decision.RecordDecision;
import io.throughline.kernel.decision.RevokeDecisionRight;
import io.throughline.kernel.decision.RightHolder;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.NOT_FOUND;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;
import static io.throughline.kernel.decision.DecisionMode.CONSULT;
import static io.throughline.kernel.decision.DecisionMode.DECIDE;
import static io.throughline.kernel.decision.DecisionMode.INFORM;
import static io.throughline.kernel.decision.HolderRole.LEAD;
import static io.throughline.kernel.decision.HolderRole.MEMBER;

/** Sales is led by lena, with mo as a member; pat is outside the team. */
class DecisionLogTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final PersonId LENA = new PersonId("lena");
    private static final PersonId MO = new PersonId("mo");
    private static final PersonId PAT = new PersonId("pat");
    private static final PriorityId GROW = new PriorityId("grow");
    private static final DecisionId DECISION = new DecisionId("d-1");

    private static final DecisionRightDefined LEAD_DECIDES_PRICING = defined("pricing", RightHolder.of(LEAD), DECIDE);
    private static final DecisionRightDefined PAT_DECIDES_PRICING = defined("pricing", RightHolder.of(PAT), DECIDE);

    private AggregateTestFixture<DecisionLog> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(DecisionLog.class);
        fixture.registerInjectableResource(new InMemoryTeams().root(SALES).lead(SALES, LENA).person(SALES, MO));
        PriorityDirectory priorities = id -> GROW.equals(id)
                ? Optional.of(new Placement(SALES, new Quarter("2026-Q4"), LENA, false)) : Optional.empty();
        fixture.registerInjectableResource(priorities);
    }

    // ------------------------------------------------------------------------------------------------ decision rights

    @Test
    void aRightIsDefinedForARoleWithItsCategoryNormalised() {
        fixture.givenNoPriorActivity()
                .when(new DefineDecisionRight(SALES, "  Pricing \t Policy ", LEAD, null, DECIDE))
                .expectEvents(defined("pricing policy", RightHolder.of(LEAD), DECIDE));
    }

    @Test
    void aRightIsDefinedForANamedPerson() {
        fixture.givenNoPriorActivity()
                .when(new DefineDecisionRight(SALES, "pricing", null, PAT, CONSULT))
                .expectEvents(defined("pricing", RightHolder.of(PAT), CONSULT));
    }

    @Test
    void redefiningARightWithAnotherModeChangesIt() {
        fixture.given(LEAD_DECIDES_PRICING)
                .when(new DefineDecisionRight(SALES, "PRICING", LEAD, null, INFORM))
                .expectEvents(new DecisionRightDefined(SALES, "pricing", RightHolder.of(LEAD), new Change<>(DECIDE, INFORM)));
    }

    @Test
    void redefiningARightWithTheSameModeChangesNothingAndIsRefused() {
        fixture.given(LEAD_DECIDES_PRICING)
                .when(new DefineDecisionRight(SALES, "Pricing", LEAD, null, DECIDE))
                .expectNoEvents().expectException(rejected(CONFLICT, "mode"));
    }

    @Test
    void rightsAreDefinedOnlyForAnExistingTeam() {
        fixture.givenNoPriorActivity()
                .when(new DefineDecisionRight(new TeamId("ghost"), "pricing", LEAD, null, DECIDE))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "teamId"));
    }

    @Test
    void aRightNeedsACategory() {
        fixture.givenNoPriorActivity()
                .when(new DefineDecisionRight(SALES, " ", LEAD, null, DECIDE))
                .expectNoEvents().expectException(rejected(INVALID, "category"));
    }

    @Test
    void aRightNeedsAHolder() {
        fixture.givenNoPriorActivity()
                .when(new DefineDecisionRight(SALES, "pricing", null, null, DECIDE))
                .expectNoEvents().expectException(rejected(INVALID, "holderRole"));
    }

    @Test
    void aRightIsHeldByARoleOrAPersonNotBoth() {
        fixture.givenNoPriorActivity()
                .when(new DefineDecisionRight(SALES, "pricing", LEAD, PAT, DECIDE))
                .expectNoEvents().expectException(rejected(INVALID, "personId"));
    }

    @Test
    void aRightNeedsAMode() {
        fixture.givenNoPriorActivity()
                .when(new DefineDecisionRight(SALES, "pricing", LEAD, null, null))
                .expectNoEvents().expectException(rejected(INVALID, "mode"));
    }

    @Test
    void aRightIsRevokedWhateverItsMode() {
        fixture.given(PAT_DECIDES_PRICING)
                .when(new RevokeDecisionRight(SALES, "Pricing", null, PAT))
                .expectEvents(new DecisionRightRevoked(SALES, "pricing", RightHolder.of(PAT), new Change<>(DECIDE, null)));
    }

    @Test
    void onlyARightTheHolderHasIsRevoked() {
        fixture.given(PAT_DECIDES_PRICING)
                .when(new RevokeDecisionRight(SALES, "pricing", LEAD, null))
                .expectNoEvents().expectException(rejected(CONFLICT, "category"));
    }

    @Test
    void rightsAreRevokedOnlyForAnExistingTeam() {
        fixture.givenNoPriorActivity()
                .when(new RevokeDecisionRight(new TeamId("ghost"), "pricing", LEAD, null))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "teamId"));
    }

    @Test
    void aRevokedRightCanBeDefinedAfresh() {
        fixture.given(PAT_DECIDES_PRICING,
                        new DecisionRightRevoked(SALES, "pricing", RightHolder.of(PAT), new Change<>(DECIDE, null)))
                .when(new DefineDecisionRight(SALES, "pricing", null, PAT, DECIDE))
                .expectEvents(PAT_DECIDES_PRICING);
    }

    // ------------------------------------------------------------------------------------------------------ decisions

    @Test
    void aDecisionByTheNamedHolderIsNotFlagged() {
        fixture.given(PAT_DECIDES_PRICING)
                .when(decision(" Pricing ", PAT, List.of(MO), GROW))
                .expectEvents(recorded("pricing", PAT, List.of(MO), GROW, null));
    }

    @Test
    void theLeadHoldsTheRightOfTheLeadRole() {
        fixture.given(LEAD_DECIDES_PRICING)
                .when(decision("pricing", LENA, List.of(), null))
                .expectEvents(recorded("pricing", LENA, List.of(), null, null));
    }

    @Test
    void aMemberHoldsTheRightOfTheMemberRole() {
        fixture.given(defined("pricing", RightHolder.of(MEMBER), DECIDE))
                .when(decision("pricing", MO, null, null))
                .expectEvents(recorded("pricing", MO, List.of(), null, null));
    }

    @Test
    void aDecisionByAMemberWhenTheLeadDecidesIsFlaggedNamingWhoDecides() {
        fixture.given(LEAD_DECIDES_PRICING, PAT_DECIDES_PRICING)
                .when(decision("pricing", MO, List.of(), null))
                .expectEvents(recorded("pricing", MO, List.of(), null,
                        "mo holds no DECIDE right for 'pricing'; DECIDE: the team lead, pat"));
    }

    @Test
    void anOutsiderDoesNotHoldTheRightOfTheMemberRole() {
        fixture.given(defined("pricing", RightHolder.of(MEMBER), DECIDE))
                .when(decision("pricing", PAT, List.of(), null))
                .expectEvents(recorded("pricing", PAT, List.of(), null,
                        "pat holds no DECIDE right for 'pricing'; DECIDE: any member"));
    }

    @Test
    void beingConsultedOnACategoryIsNoRightToDecideIt() {
        fixture.given(PAT_DECIDES_PRICING, defined("pricing", RightHolder.of(MO), CONSULT))
                .when(decision("pricing", MO, List.of(), null))
                .expectEvents(recorded("pricing", MO, List.of(), null,
                        "mo holds no DECIDE right for 'pricing'; DECIDE: pat"));
    }

    @Test
    void aRightChangedAwayFromDecideNoLongerCounts() {
        fixture.given(PAT_DECIDES_PRICING,
                        new DecisionRightDefined(SALES, "pricing", RightHolder.of(PAT), new Change<>(DECIDE, INFORM)))
                .when(decision("pricing", PAT, List.of(), null))
                .expectEvents(recorded("pricing", PAT, List.of(), null, "no one holds the DECIDE right for 'pricing'"));
    }

    @Test
    void aRevokedRightNoLongerCounts() {
        fixture.given(PAT_DECIDES_PRICING, LEAD_DECIDES_PRICING,
                        new DecisionRightRevoked(SALES, "pricing", RightHolder.of(PAT), new Change<>(DECIDE, null)))
                .when(decision("pricing", PAT, List.of(), null))
                .expectEvents(recorded("pricing", PAT, List.of(), null,
                        "pat holds no DECIDE right for 'pricing'; DECIDE: the team lead"));
    }

    @Test
    void aDecisionInACategoryNobodyDecidesIsFlaggedAsSuch() {
        fixture.given(LEAD_DECIDES_PRICING)
                .when(decision("hiring", LENA, List.of(), null))
                .expectEvents(recorded("hiring", LENA, List.of(), null, "no one holds the DECIDE right for 'hiring'"));
    }

    @Test
    void theFirstDecisionMayStartTheLog() {
        fixture.givenNoPriorActivity()
                .when(decision("pricing", LENA, List.of(), null))
                .expectEvents(recorded("pricing", LENA, List.of(), null, "no one holds the DECIDE right for 'pricing'"));
    }

    @Test
    void decisionsAreRecordedOnlyForAnExistingTeam() {
        fixture.givenNoPriorActivity()
                .when(new RecordDecision(DECISION, new TeamId("ghost"), "pricing", "Title", "Decision", LENA, List.of(), null))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "teamId"));
    }

    @Test
    void aDecisionNeedsACategory() {
        fixture.givenNoPriorActivity()
                .when(decision("", LENA, List.of(), null))
                .expectNoEvents().expectException(rejected(INVALID, "category"));
    }

    @Test
    void aDecisionNeedsATitle() {
        fixture.givenNoPriorActivity()
                .when(new RecordDecision(DECISION, SALES, "pricing", " ", "Decision", LENA, List.of(), null))
                .expectNoEvents().expectException(rejected(INVALID, "title"));
    }

    @Test
    void aDecisionSaysWhatWasDecided() {
        fixture.givenNoPriorActivity()
                .when(new RecordDecision(DECISION, SALES, "pricing", "Title", null, LENA, List.of(), null))
                .expectNoEvents().expectException(rejected(INVALID, "decision"));
    }

    @Test
    void aDecisionNeedsADecider() {
        fixture.givenNoPriorActivity()
                .when(decision("pricing", null, List.of(), null))
                .expectNoEvents().expectException(rejected(INVALID, "deciderId"));
    }

    @Test
    void aPersonIsConsultedOnce() {
        fixture.givenNoPriorActivity()
                .when(decision("pricing", LENA, List.of(MO, PAT, MO), null))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "consulted[2]"));
    }

    @Test
    void aConsultedPersonIsNamed() {
        fixture.givenNoPriorActivity()
                .when(decision("pricing", LENA, Arrays.asList(MO, null), null))
                .expectNoEvents().expectException(rejected(INVALID, "consulted[1]"));
    }

    @Test
    void theRelatedPriorityMustExist() {
        fixture.givenNoPriorActivity()
                .when(decision("pricing", LENA, List.of(), new PriorityId("ghost")))
                .expectNoEvents().expectException(rejected(INVALID, "relatedPriorityId"));
    }

    // ------------------------------------------------------------------------------------------------------- helpers

    private static DecisionRightDefined defined(String category, RightHolder holder, DecisionMode mode) {
        return new DecisionRightDefined(SALES, category, holder, new Change<>(null, mode));
    }

    private static RecordDecision decision(String category, PersonId decider, List<PersonId> consulted, PriorityId priority) {
        return new RecordDecision(DECISION, SALES, category, " Annual price list ", " Prices up 4% ", decider, consulted,
                priority);
    }

    private static DecisionRecorded recorded(String category, PersonId decider, List<PersonId> consulted,
                                             PriorityId priority, String flagReason) {
        return new DecisionRecorded(DECISION, SALES, category, "Annual price list", "Prices up 4%", decider, consulted,
                priority, flagReason != null, flagReason);
    }
}
