package io.throughline.command.team;

import io.throughline.kernel.Change;
import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.nudge.SetTeamWebhook;
import io.throughline.kernel.nudge.TeamWebhookSet;
import io.throughline.kernel.team.AddTeamMember;
import io.throughline.kernel.team.AppointTeamLead;
import io.throughline.kernel.team.AssessmentDimension;
import io.throughline.kernel.team.AssessmentRecorded;
import io.throughline.kernel.team.MoveTeam;
import io.throughline.kernel.team.RecordAssessment;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.RemoveTeamMember;
import io.throughline.kernel.team.RenameTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamLeadAppointed;
import io.throughline.kernel.team.TeamMemberAdded;
import io.throughline.kernel.team.TeamMemberRemoved;
import io.throughline.kernel.team.TeamMoved;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.kernel.team.TeamRenamed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;
import static io.throughline.kernel.team.AssessmentDimension.STRATEGIC_ALIGNMENT;
import static io.throughline.kernel.team.AssessmentDimension.TEAM_DYNAMICS;

class TeamTest {

    // company > sales > emea, and company > marketing
    private static final TeamId COMPANY = new TeamId("company");
    private static final TeamId SALES = new TeamId("sales");
    private static final TeamId EMEA = new TeamId("emea");
    private static final TeamId MARKETING = new TeamId("marketing");

    private static final PersonId ALICE = new PersonId("alice");
    private static final PersonId BOB = new PersonId("bob");

    /** Sales as registered: the team the commands below are sent to. */
    private static final TeamRegistered SALES_REGISTERED = new TeamRegistered(SALES, "Sales", COMPANY);

    private AggregateTestFixture<Team> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Team.class);
        fixture.registerInjectableResource(new InMemoryTeams()
                .root(COMPANY).child(SALES, COMPANY).child(EMEA, SALES).child(MARKETING, COMPANY));
    }

    @Test
    void registersARootTeam() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeam(COMPANY, "Acme", null))
                .expectEvents(new TeamRegistered(COMPANY, "Acme", null));
    }

    @Test
    void registersATeamUnderAnExistingParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeam(SALES, "Sales", COMPANY))
                .expectEvents(new TeamRegistered(SALES, "Sales", COMPANY));
    }

    @Test
    void nameIsKeptWithoutSurroundingBlanks() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeam(SALES, "  Sales \t", COMPANY))
                .expectEvents(new TeamRegistered(SALES, "Sales", COMPANY));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void blankNameIsRejected(String name) {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeam(SALES, name, COMPANY))
                .expectNoEvents()
                .expectException(rejected(INVALID, "name"));
    }

    @Test
    void unknownParentTeamIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeam(SALES, "Sales", new TeamId("nowhere")))
                .expectNoEvents()
                .expectException(rejected(INVALID, "parentTeamId"))
                .expectExceptionMessage("parentTeamId: no team with id 'nowhere'");
    }

    @Nested
    class RenamingATeam {

        @Test
        void renamesTheTeamRecordingTheOldAndNewName() {
            whenSentToSales(new RenameTeam(SALES, " Revenue "))
                    .expectEvents(new TeamRenamed(SALES, new Change<>("Sales", "Revenue")));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void blankNameIsRejected(String name) {
            rejects(new RenameTeam(SALES, name), INVALID, "name");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Sales", "  Sales "})
        void renamingToTheCurrentNameIsAConflict(String name) {
            rejects(new RenameTeam(SALES, name), CONFLICT, "name");
        }
    }

    @Nested
    class MovingATeam {

        @Test
        void movesTheTeamUnderAnotherTeamRecordingTheOldAndNewParent() {
            whenSentToSales(new MoveTeam(SALES, MARKETING))
                    .expectEvents(new TeamMoved(SALES, new Change<>(COMPANY, MARKETING)));
        }

        @Test
        void newParentIsRequired() {
            rejects(new MoveTeam(SALES, null), INVALID, "newParentTeamId");
        }

        @Test
        void unknownNewParentIsRejected() {
            rejects(new MoveTeam(SALES, new TeamId("nowhere")), INVALID, "newParentTeamId");
        }

        @Test
        void aTeamCannotMoveUnderItself() {
            rejects(new MoveTeam(SALES, SALES), RULE_BROKEN, "newParentTeamId");
        }

        @Test
        void aTeamCannotMoveUnderATeamBelowIt() {
            rejects(new MoveTeam(SALES, EMEA), RULE_BROKEN, "newParentTeamId");
        }

        @Test
        void movingUnderTheCurrentParentIsAConflict() {
            rejects(new MoveTeam(SALES, COMPANY), CONFLICT, "newParentTeamId");
        }
    }

    @Nested
    class AppointingALead {

        @Test
        void appointsTheFirstLead() {
            whenSentToSales(new AppointTeamLead(SALES, ALICE))
                    .expectEvents(new TeamLeadAppointed(SALES, new Change<>(null, ALICE)));
        }

        @Test
        void aNewLeadReplacesTheCurrentOne() {
            fixture.given(SALES_REGISTERED, new TeamLeadAppointed(SALES, new Change<>(null, ALICE)))
                    .when(new AppointTeamLead(SALES, BOB))
                    .expectEvents(new TeamLeadAppointed(SALES, new Change<>(ALICE, BOB)));
        }

        @Test
        void appointingTheCurrentLeadIsAConflict() {
            fixture.given(SALES_REGISTERED, new TeamLeadAppointed(SALES, new Change<>(null, ALICE)))
                    .when(new AppointTeamLead(SALES, ALICE))
                    .expectNoEvents()
                    .expectException(rejected(CONFLICT, "personId"));
        }

        @Test
        void theLeadIsRequired() {
            rejects(new AppointTeamLead(SALES, null), INVALID, "personId");
        }
    }

    @Nested
    class Members {

        private final TeamMemberAdded aliceJoined = new TeamMemberAdded(SALES, ALICE);

        @Test
        void addsAMember() {
            whenSentToSales(new AddTeamMember(SALES, ALICE))
                    .expectEvents(aliceJoined);
        }

        @Test
        void addingAMemberTwiceIsAConflict() {
            fixture.given(SALES_REGISTERED, aliceJoined)
                    .when(new AddTeamMember(SALES, ALICE))
                    .expectNoEvents()
                    .expectException(rejected(CONFLICT, "personId"));
        }

        @Test
        void removesAMember() {
            fixture.given(SALES_REGISTERED, aliceJoined)
                    .when(new RemoveTeamMember(SALES, ALICE))
                    .expectEvents(new TeamMemberRemoved(SALES, ALICE));
        }

        @Test
        void removingSomeoneWhoIsNotAMemberIsAConflict() {
            fixture.given(SALES_REGISTERED, aliceJoined)
                    .when(new RemoveTeamMember(SALES, BOB))
                    .expectNoEvents()
                    .expectException(rejected(CONFLICT, "personId"));
        }

        @Test
        void aRemovedMemberIsNoLongerAMember() {
            fixture.given(SALES_REGISTERED, aliceJoined, new TeamMemberRemoved(SALES, ALICE))
                    .when(new RemoveTeamMember(SALES, ALICE))
                    .expectNoEvents()
                    .expectException(rejected(CONFLICT, "personId"));
        }
    }

    @Nested
    class RecordingAnAssessment {

        private final LocalDate november = LocalDate.of(2026, 11, 20);

        @Test
        void theFirstAssessmentOnADimensionIsItsBaseline() {
            whenSentToSales(assess(TEAM_DYNAMICS, "3.5"))
                    .expectEvents(recorded(TEAM_DYNAMICS, "3.5", true));
        }

        @Test
        void aLaterAssessmentOnTheSameDimensionIsNotTheBaseline() {
            fixture.given(SALES_REGISTERED, recorded(TEAM_DYNAMICS, "3.5", true))
                    .when(assess(TEAM_DYNAMICS, "4.0"))
                    .expectEvents(recorded(TEAM_DYNAMICS, "4.0", false));
        }

        @Test
        void eachDimensionHasItsOwnBaseline() {
            fixture.given(SALES_REGISTERED, recorded(TEAM_DYNAMICS, "3.5", true))
                    .when(assess(STRATEGIC_ALIGNMENT, "2.5"))
                    .expectEvents(recorded(STRATEGIC_ALIGNMENT, "2.5", true));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "5", "4.5", "3.0"})
        void aScoreIsFromOneToFiveWithAtMostOneDecimal(String score) {
            whenSentToSales(assess(TEAM_DYNAMICS, score))
                    .expectEvents(recorded(TEAM_DYNAMICS, score, true));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.9", "5.1", "3.25"})
        void otherScoresAreRejected(String score) {
            rejects(assess(TEAM_DYNAMICS, score), INVALID, "score");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1})
        void atLeastOnePersonMustHaveAnswered(int respondents) {
            rejects(new RecordAssessment(SALES, TEAM_DYNAMICS, new BigDecimal("3.5"), respondents, november),
                    INVALID, "respondents");
        }

        @ParameterizedTest(name = "{0} is required")
        @MethodSource("io.throughline.command.team.TeamTest#assessmentsMissingOneField")
        void requiredFieldsMustBePresent(String field, RecordAssessment command) {
            rejects(command, INVALID, field);
        }

        private RecordAssessment assess(AssessmentDimension dimension, String score) {
            return new RecordAssessment(SALES, dimension, new BigDecimal(score), 8, november);
        }

        private AssessmentRecorded recorded(AssessmentDimension dimension, String score, boolean baseline) {
            return new AssessmentRecorded(SALES, dimension, new BigDecimal(score), 8, november, baseline);
        }
    }

    static Stream<Arguments> assessmentsMissingOneField() {
        LocalDate date = LocalDate.of(2026, 11, 20);
        BigDecimal score = new BigDecimal("3.5");
        return Stream.of(
                Arguments.of("dimension", new RecordAssessment(SALES, null, score, 8, date)),
                Arguments.of("score", new RecordAssessment(SALES, TEAM_DYNAMICS, null, 8, date)),
                Arguments.of("respondents", new RecordAssessment(SALES, TEAM_DYNAMICS, score, null, date)),
                Arguments.of("date", new RecordAssessment(SALES, TEAM_DYNAMICS, score, 8, null)));
    }

    private ResultValidator<Team> whenSentToSales(Object command) {
        return fixture.given(SALES_REGISTERED).when(command);
    }

    private void rejects(Object command, Kind kind, String field) {
        whenSentToSales(command).expectNoEvents().expectException(rejected(kind, field));
    }

    @Nested
    class ChatWebhook {

        static final String HOOK = "https://hooks.slack.com/services/T000/B000/XXXX";

        @Test
        void isSetAsGiven() {
            fixture.given(SALES_REGISTERED)
                    .when(new SetTeamWebhook(SALES, " " + HOOK + " "))
                    .expectEvents(new TeamWebhookSet(SALES, HOOK));
        }

        @Test
        void blankTakesItAway() {
            fixture.given(SALES_REGISTERED, new TeamWebhookSet(SALES, HOOK))
                    .when(new SetTeamWebhook(SALES, " "))
                    .expectEvents(new TeamWebhookSet(SALES, null));
        }

        @Test
        void mustBeAnHttpAddress() {
            fixture.given(SALES_REGISTERED)
                    .when(new SetTeamWebhook(SALES, "ftp://hooks.example.com/x"))
                    .expectNoEvents().expectException(rejected(INVALID, "url"));
        }

        @Test
        void settingTheSameOneAgainChangesNothing() {
            fixture.given(SALES_REGISTERED, new TeamWebhookSet(SALES, HOOK))
                    .when(new SetTeamWebhook(SALES, HOOK))
                    .expectNoEvents().expectException(rejected(CONFLICT, "url"));
        }
    }
}
