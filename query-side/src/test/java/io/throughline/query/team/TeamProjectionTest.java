package io.throughline.query.team;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamLeadAppointed;
import io.throughline.kernel.team.TeamMemberAdded;
import io.throughline.kernel.team.TeamMemberRemoved;
import io.throughline.kernel.team.TeamMoved;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.kernel.team.TeamRenamed;
import io.throughline.kernel.team.TeamView;
import io.throughline.query.support.InMemoryRepository;
import org.junit.jupiter.api.Test;

import java.util.List;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TeamProjectionTest {

    private static final TeamId COMPANY = new TeamId("company");
    private static final TeamId SALES = new TeamId("sales");
    private static final TeamId NORDICS = new TeamId("nordics");
    private static final TeamId OPS = new TeamId("ops");
    private static final PersonId DANA = new PersonId("dana");
    private static final PersonId BOB = new PersonId("bob");
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final TeamProjection projection = new TeamProjection(
            InMemoryRepository.of(TeamEntryRepository.class, TeamEntry.class),
            InMemoryRepository.of(TeamMemberEntryRepository.class, TeamMemberEntry.class));

    @Test
    void aTeamRegisteredBelowAnotherSitsOneLevelLower() {
        registerTree();

        assertThat(find(COMPANY).level()).isZero();
        assertThat(find(SALES)).extracting(TeamView::parentTeamId, TeamView::level).containsExactly(COMPANY, 1);
        assertThat(find(NORDICS).level()).isEqualTo(2);
    }

    @Test
    void aMovedTeamTakesItsSubtreeToItsNewLevel() {
        registerTree();

        projection.on(new TeamMoved(SALES, new Change<>(COMPANY, OPS)));

        assertThat(find(SALES)).extracting(TeamView::parentTeamId, TeamView::level).containsExactly(OPS, 2);
        assertThat(find(NORDICS).level()).isEqualTo(3);
    }

    @Test
    void aTeamShowsItsLeadAndItsMembersByName() {
        registerTree();
        projection.on(new TeamLeadAppointed(SALES, new Change<>(null, DANA)));
        projection.on(new TeamMemberAdded(SALES, DANA), AT);
        projection.on(new TeamMemberAdded(SALES, BOB), AT);

        assertThat(find(SALES).leadId()).isEqualTo(DANA);
        assertThat(find(SALES).members()).containsExactly(BOB, DANA);
    }

    @Test
    void theListOfTeamsNamesEachTeamsOwnMembers() {
        registerTree();
        projection.on(new TeamMemberAdded(SALES, DANA), AT);
        projection.on(new TeamMemberAdded(SALES, BOB), AT);
        projection.on(new TeamMemberAdded(OPS, BOB), AT);

        assertThat(projection.handle(new ListTeams())).extracting(TeamView::name, TeamView::members).containsExactly(
                tuple("Company", List.of()), tuple("Nordics", List.of()), tuple("Ops", List.of(BOB)),
                tuple("Sales", List.of(BOB, DANA)));
    }

    @Test
    void aRemovedMemberNoLongerBelongs() {
        registerTree();
        projection.on(new TeamMemberAdded(SALES, BOB), AT);

        projection.on(new TeamMemberRemoved(SALES, BOB));

        assertThat(find(SALES).members()).isEmpty();
    }

    @Test
    void teamsAreListedByNameAndARenamedTeamByItsNewName() {
        registerTree();
        projection.on(new TeamRenamed(OPS, new Change<>("Ops", "Aaa Operations")));

        assertThat(projection.handle(new ListTeams())).extracting(TeamView::name)
                .containsExactly("Aaa Operations", "Company", "Nordics", "Sales");
    }

    private void registerTree() {
        projection.on(new TeamRegistered(COMPANY, "Company", null), AT);
        projection.on(new TeamRegistered(SALES, "Sales", COMPANY), AT);
        projection.on(new TeamRegistered(NORDICS, "Nordics", SALES), AT);
        projection.on(new TeamRegistered(OPS, "Ops", COMPANY), AT);
    }

    private TeamView find(TeamId id) {
        return projection.handle(new FindTeam(id)).orElseThrow();
    }
}
