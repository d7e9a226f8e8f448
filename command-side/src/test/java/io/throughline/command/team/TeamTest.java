package io.throughline.command.team;

import io.throughline.kernel.Change;
import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.AddTeamMember;
import io.throughline.kernel.team.AppointTeamLead;
import io.throughline.kernel.team.MoveTeam;
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
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;

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

    private ResultValidator<Team> whenSentToSales(Object command) {
        return fixture.given(SALES_REGISTERED).when(command);
    }

    private void rejects(Object command, Kind kind, String field) {
        whenSentToSales(command).expectNoEvents().expectException(rejected(kind, field));
    }
}
