package io.throughline.query.huddle;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.GetTeamHuddles;
import io.throughline.kernel.huddle.HuddleHeld;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.StuckItem;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.huddle.StuckItemResolved;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.support.InMemoryRepository;
import io.throughline.query.team.KnownTeams;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The huddle projection fed events, read through the queries the team page asks. */
class HuddleProjectionTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final PersonId DANA = new PersonId("dana");
    private static final PersonId BOB = new PersonId("bob");
    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final HuddleEntryRepository huddles = InMemoryRepository.of(HuddleEntryRepository.class, HuddleEntry.class);
    private final StuckItemEntryRepository stuckItems =
            InMemoryRepository.of(StuckItemEntryRepository.class, StuckItemEntry.class);
    private final HuddleProjection projection = new HuddleProjection(huddles, stuckItems);
    private final HuddleQueries queries = new HuddleQueries(huddles, stuckItems, KnownTeams.of(SALES),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void theHuddlesOfTheQuarterAreListedNewestFirstWithWhatWasStuck() {
        projection.on(held("h1", LocalDate.parse("2026-11-02"), stuck("s1", "no carrier")), AT);
        projection.on(held("h2", LocalDate.parse("2026-11-09")), AT);
        projection.on(held("last-quarter", LocalDate.parse("2026-09-28")), AT);

        List<TeamHuddles.Huddle> shown = huddlesOfQ4().huddles();
        assertThat(shown).extracting(TeamHuddles.Huddle::huddleId).containsExactly(new HuddleId("h2"), new HuddleId("h1"));
        assertThat(shown.get(1).stuck()).extracting(StuckItem::description).containsExactly("no carrier");
    }

    @Test
    void aStuckItemStaysOpenWithItsAgeUntilItIsResolved() {
        projection.on(held("h1", LocalDate.parse("2026-11-02"), stuck("s1", "no carrier"), stuck("s2", "no budget")), AT);

        assertThat(huddlesOfQ4().openStuckItems()).extracting(TeamHuddles.OpenStuckItem::description,
                TeamHuddles.OpenStuckItem::ageDays).containsExactly(
                tuple("no carrier", 18L), tuple("no budget", 18L));

        projection.on(new StuckItemResolved(SALES, new StuckItemId("s1"), "found one"), AT);

        assertThat(huddlesOfQ4().openStuckItems()).extracting(TeamHuddles.OpenStuckItem::description)
                .containsExactly("no budget");
    }

    @Test
    void aResetForgetsHuddlesAndStuckItems() {
        projection.on(held("h1", LocalDate.parse("2026-11-02"), stuck("s1", "no carrier")), AT);
        projection.reset();

        assertThat(huddlesOfQ4().huddles()).isEmpty();
        assertThat(huddlesOfQ4().openStuckItems()).isEmpty();
    }

    private TeamHuddles huddlesOfQ4() {
        return queries.handle(new GetTeamHuddles(SALES, Q4)).orElseThrow();
    }

    private static HuddleHeld held(String id, LocalDate date, StuckItem... stuck) {
        return new HuddleHeld(new HuddleId(id), SALES, date, DANA, List.of(BOB), List.of(), List.of(), List.of(),
                List.of(stuck), List.of("a win"));
    }

    private static StuckItem stuck(String id, String description) {
        return new StuckItem(new StuckItemId(id), description, BOB, null);
    }
}
