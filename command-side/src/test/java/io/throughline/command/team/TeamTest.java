package io.throughline.command.team;

import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;

class TeamTest {

    private static final TeamId COMPANY = new TeamId("company");
    private static final TeamId SALES = new TeamId("sales");

    private AggregateTestFixture<Team> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Team.class);
        fixture.registerInjectableResource(new InMemoryTeams().root(COMPANY));
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
}
