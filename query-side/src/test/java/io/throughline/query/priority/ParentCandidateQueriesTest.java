package io.throughline.query.priority;

import io.throughline.query.support.InMemoryRepository;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.ListParentCandidates;
import io.throughline.kernel.priority.ParentCandidates;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.query.team.KnownTeams;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParentCandidateQueriesTest {

    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final TeamId COMPANY = new TeamId("company");
    private static final TeamId SALES = new TeamId("sales");
    private static final TeamId NORDICS = new TeamId("nordics");
    private static final TeamId OPS = new TeamId("ops");

    private final PriorityEntryRepository priorities = KnownPriorities.of(
            assigned("Grow", COMPANY, Q4), assigned("Done", COMPANY, Q4), assigned("Next year", COMPANY,
                    new Quarter("2027-Q1")), assigned("Win", SALES, Q4), assigned("Beside", OPS, Q4),
            assigned("Oslo", NORDICS, Q4));
    private final ParentCandidateQueries queries = new ParentCandidateQueries(KnownTeams.registered(
            new TeamRegistered(COMPANY, "Company", null), new TeamRegistered(SALES, "Sales", COMPANY),
            new TeamRegistered(NORDICS, "Nordics", SALES), new TeamRegistered(OPS, "Ops", COMPANY)), priorities);

    @Test
    void aTeamTwoLevelsDownIsOfferedTheOpenPrioritiesOfTheQuarterOfEveryTeamAboveNearestFirst() {
        PriorityProjection projection = new PriorityProjection(priorities, new InMemoryPriorityVersions(
                InMemoryRepository.of(PriorityVersionEntryRepository.class, PriorityVersionEntry.class)));
        KnownPriorities.inBatch(() -> projection.on(new PriorityCompleted(new PriorityId("Done"),
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.COMPLETED), null), 1, Instant.EPOCH));

        List<ParentCandidates> offered = queries.handle(new ListParentCandidates(NORDICS, Q4));

        assertThat(offered).extracting(ParentCandidates::teamName).containsExactly("Sales", "Company");
        assertThat(offered).flatExtracting(ParentCandidates::priorities).extracting(PriorityView::title)
                .containsExactly("Win", "Grow");
    }

    @Test
    void aRootTeamIsOfferedNothing() {
        assertThat(queries.handle(new ListParentCandidates(COMPANY, Q4))).isEmpty();
    }

    @Test
    void anUnknownTeamIsOfferedNothing() {
        assertThat(queries.handle(new ListParentCandidates(new TeamId("unknown"), Q4))).isEmpty();
    }

    private static PriorityAssigned assigned(String title, TeamId team, Quarter quarter) {
        return new PriorityAssigned(new PriorityId(title), team, quarter, title, new PersonId("mona"), null, null, null, null);
    }
}
