package io.throughline.query.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.GetLateralAlignment;
import io.throughline.kernel.priority.LateralAlignment;
import io.throughline.kernel.priority.LateralAlignment.CandidateTeam;
import io.throughline.kernel.priority.LateralAlignment.LinkedPriority;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityContributionAdded;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.query.support.InMemoryRepository;
import io.throughline.query.team.KnownTeams;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Acme's "Grow" is served by Sales' "Win" and Marketing's "Campaign"; Sales also has "Hire", Ops "Cut" (dropped), and
 * Marketing has "Webinars" in the next quarter. Globex, another organisation, has "Elsewhere" in the same quarter.
 */
class LateralAlignmentQueriesTest {

    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final TeamId ACME = new TeamId("acme");
    private static final TeamId SALES = new TeamId("sales");
    private static final TeamId MARKETING = new TeamId("marketing");
    private static final TeamId OPS = new TeamId("ops");
    private static final TeamId GLOBEX = new TeamId("globex");
    private static final PriorityId GROW = new PriorityId("grow");
    private static final PriorityId WIN = new PriorityId("win");
    private static final PriorityId HIRE = new PriorityId("hire");
    private static final PriorityId CAMPAIGN = new PriorityId("campaign");
    private static final PriorityId CUT = new PriorityId("cut");

    private final PriorityEntryRepository priorities = KnownPriorities.of(assigned(GROW, "Grow", ACME, Q4, null),
            assigned(WIN, "Win", SALES, Q4, GROW), assigned(HIRE, "Hire", SALES, Q4, null),
            assigned(CAMPAIGN, "Campaign", MARKETING, Q4, GROW), assigned(CUT, "Cut", OPS, Q4, null),
            assigned(new PriorityId("webinars"), "Webinars", MARKETING, new Quarter("2027-Q1"), null),
            assigned(new PriorityId("elsewhere"), "Elsewhere", GLOBEX, Q4, null));
    private final ContributionEntryRepository links = InMemoryRepository.of(ContributionEntryRepository.class,
            ContributionEntry.class);
    private final LateralAlignmentQueries queries = new LateralAlignmentQueries(priorities, links, KnownTeams.registered(
            new TeamRegistered(ACME, "Acme", null), new TeamRegistered(SALES, "Sales", ACME),
            new TeamRegistered(MARKETING, "Marketing", ACME), new TeamRegistered(OPS, "Ops", ACME),
            new TeamRegistered(GLOBEX, "Globex", null)));

    @Test
    void bothEndsOfALinkAreNamedWithTeamOwnerAndStatus() {
        new ContributionProjection(links, InMemoryRepository.of(ContributionSpanEntryRepository.class,
                ContributionSpanEntry.class)).on(new PriorityContributionAdded(CAMPAIGN, WIN), Instant.EPOCH);

        LinkedPriority win = new LinkedPriority(WIN, "Win", SALES, "Sales", new PersonId("owner of win"),
                PriorityStatus.NOT_STARTED);
        LinkedPriority campaign = new LinkedPriority(CAMPAIGN, "Campaign", MARKETING, "Marketing",
                new PersonId("owner of campaign"), PriorityStatus.NOT_STARTED);
        assertThat(queries.handle(new GetLateralAlignment(CAMPAIGN)).contributesTo()).containsExactly(win);
        assertThat(queries.handle(new GetLateralAlignment(WIN)).helpedBy()).containsExactly(campaign);
    }

    @Test
    void theFormOffersTheOtherTeamsOfTheOrganisationByName() {
        assertThat(queries.handle(new GetLateralAlignment(CAMPAIGN)).candidateTeams()).extracting(CandidateTeam::name)
                .containsExactly("Acme", "Ops", "Sales");
        assertThat(queries.handle(new GetLateralAlignment(CAMPAIGN)).candidates()).as("until a team is chosen").isEmpty();
    }

    @Test
    void theChosenTeamsOpenPrioritiesInTheQuarterAreOfferedButNotTheParentNorWhatItAlreadyContributesTo() {
        new ContributionProjection(links, InMemoryRepository.of(ContributionSpanEntryRepository.class,
                ContributionSpanEntry.class)).on(new PriorityContributionAdded(CAMPAIGN, HIRE), Instant.EPOCH);
        KnownPriorities.apply(priorities, CUT, new PriorityDropped(CUT,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.DROPPED), "no budget"));

        assertThat(queries.handle(new GetLateralAlignment(CAMPAIGN, SALES)).candidates())
                .extracting(LinkedPriority::title, LinkedPriority::teamName)
                .containsExactly(tuple("Win", "Sales"));
        assertThat(queries.handle(new GetLateralAlignment(CAMPAIGN, ACME)).candidates()).as("its parent").isEmpty();
        assertThat(queries.handle(new GetLateralAlignment(CAMPAIGN, OPS)).candidates()).as("dropped").isEmpty();
        assertThat(queries.handle(new GetLateralAlignment(GROW, SALES)).candidates()).extracting(LinkedPriority::title)
                .as("as assigned").containsExactly("Win", "Hire");
        assertThat(queries.handle(new GetLateralAlignment(CAMPAIGN, GLOBEX)).candidates())
                .as("another organisation's team").isEmpty();
    }

    @Test
    void anUnknownPriorityHasNoLinksAndNoChoices() {
        assertThat(queries.handle(new GetLateralAlignment(new PriorityId("unknown")))).isEqualTo(LateralAlignment.NONE);
    }

    private static PriorityAssigned assigned(PriorityId id, String title, TeamId team, Quarter quarter, PriorityId parent) {
        return new PriorityAssigned(id, team, quarter, title, new PersonId("owner of " + id.value()), null, null, parent,
                null);
    }
}
