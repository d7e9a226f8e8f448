package io.throughline.directory;

import io.throughline.command.DirectoryBackfill;
import io.throughline.command.authorisation.Organisation.TeamAndLead;
import io.throughline.command.priority.Placement;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.team.Team;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the command side knows who leads or belongs where, and where a priority sits, from tables written with the
 * events on the real PostgreSQL, and asks them without loading (and locking) the teams above. An organisation of its
 * own per test:
 * <pre>
 * company    lead: delia
 *   sales    lead: sid    member: mo
 *     inbound             member: mo
 * </pre>
 */
@ThroughlineIntegrationTest
class CommandDirectoriesTest {

    private static final String QUARTER = "2026-Q4";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    TeamDirectory teams;
    @Autowired
    PriorityDirectory priorities;
    @Autowired
    DirectoryBackfill backfill;
    @Autowired
    Repository<Team> teamRepository;

    Api admin;
    Api delia;
    TeamId company;
    TeamId sales;
    TeamId inbound;

    @BeforeEach
    void organisation() {
        admin = new Api(port);
        admin.as("sid");
        admin.as("mo");
        company = new TeamId(admin.company("Directory Co " + UUID.randomUUID(), "delia"));
        delia = admin.as("delia");
        sales = new TeamId(delia.create("/api/teams", Map.of("name", "Sales", "parentTeamId", company.value())));
        inbound = new TeamId(delia.create("/api/teams", Map.of("name", "Inbound", "parentTeamId", sales.value())));
        assertThat(delia.send("PUT", "/api/teams/" + sales.value() + "/lead", Map.of("personId", "sid")).status())
                .isEqualTo(204);
        assertThat(delia.post("/api/teams/" + sales.value() + "/members", Map.of("personId", "mo")).status())
                .isEqualTo(204);
        assertThat(delia.post("/api/teams/" + inbound.value() + "/members", Map.of("personId", "mo")).status())
                .isEqualTo(204);
    }

    @Test
    void theTeamTreeIsKnownAsSoonAsItsEventsAreStored() {
        assertThat(teams.chainOf(inbound)).containsExactly(new TeamAndLead(inbound, null),
                new TeamAndLead(sales, person("sid")), new TeamAndLead(company, person("delia")));
        assertThat(teams.hasLeadOrMember(inbound, person("mo"))).isTrue();
        assertThat(teams.hasLeadOrMember(sales, person("sid"))).isTrue();
        assertThat(teams.hasLeadOrMember(inbound, person("sid"))).as("leading the team above").isFalse();
        assertThat(teams.isLedBy(sales, person("sid"))).isTrue();

        assertThat(delia.post("/api/teams/" + inbound.value() + "/parent",
                Map.of("newParentTeamId", company.value())).status()).isEqualTo(204);
        assertThat(delia.send("DELETE", "/api/teams/" + inbound.value() + "/members/mo", null).status()).isEqualTo(204);
        assertThat(teams.selfAndAncestors(inbound)).containsExactly(inbound, company);
        assertThat(teams.hasLeadOrMember(inbound, person("mo"))).isFalse();

        TeamId unknown = new TeamId("no-such-team");
        assertThat(teams.exists(unknown)).isFalse();
        assertThat(teams.chainOf(unknown)).isEmpty();
    }

    @Test
    void aPriorityIsPlacedAsSoonAsItsEventsAreStored() {
        PriorityId priority = new PriorityId(delia.create("/api/priorities", Map.of("teamId", sales.value(),
                "quarter", QUARTER, "title", "Open the north", "ownerId", "sid")));
        assertThat(priorities.placementOf(priority))
                .contains(new Placement(sales, new Quarter(QUARTER), person("sid"), false));

        String path = "/api/priorities/" + priority.value();
        assertThat(delia.post(path + "/owner", Map.of("newOwnerId", "mo", "reason", "Sid moves on")).status())
                .isEqualTo(200);
        assertThat(delia.post(path + "/complete", Map.of()).status()).isEqualTo(200);
        assertThat(priorities.placementOf(priority))
                .contains(new Placement(sales, new Quarter(QUARTER), person("mo"), true));
        assertThat(delia.post(path + "/reinstate", Map.of("reason", "Not done after all")).status()).isEqualTo(200);
        assertThat(priorities.placementOf(priority).map(Placement::closed)).contains(false);
        assertThat(priorities.placementOf(new PriorityId("no-such-priority"))).isEmpty();
    }

    /**
     * The company's Team aggregate is held locked, as a command on it would hold it. Dora, who leads the company,
     * assigns a priority to a team two levels below, and Sid renames it: neither command needs the lock. Before the
     * directories, both loaded every team up to the root and waited for it.
     */
    @Test
    void aLeadersCommandOnADeepTeamDoesNotWaitForTheTeamsAbove() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Api sid = admin.as("sid");
        Future<Boolean> holder = threads.submit(() -> holdLocked(company, locked, release));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).as("the company team is locked").isTrue();

            Future<Api.Response> assigned = threads.submit(() -> delia.post("/api/priorities", Map.of(
                    "teamId", inbound.value(), "quarter", QUARTER, "title", "Answer within a day", "ownerId", "mo")));
            assertThat(assigned.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
            assertThat(sid.send("PATCH", "/api/teams/" + inbound.value(), Map.of("name", "Inbound desk")).status())
                    .isEqualTo(204);
        } finally {
            release.countDown();
            threads.shutdown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).as("the lock was held until released").isTrue();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    /**
     * Two teams moved under each other at the same moment: nothing locks the teams above any more, so the moves wait
     * for each other in the directory, and the second sees the first and is refused as making a cycle.
     */
    @Test
    void twoTeamsMovedUnderEachOtherAtOnceLeaveTheTreeWithoutACycle() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                TeamId east = new TeamId(delia.create("/api/teams", Map.of("name", "East", "parentTeamId", company.value())));
                TeamId west = new TeamId(delia.create("/api/teams", Map.of("name", "West", "parentTeamId", company.value())));
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> eastUnderWest = threads.submit(() -> moveWhenTold(go, east, west));
                Future<Integer> westUnderEast = threads.submit(() -> moveWhenTold(go, west, east));
                go.countDown();
                assertThat(List.of(eastUnderWest.get(30, TimeUnit.SECONDS), westUnderEast.get(30, TimeUnit.SECONDS)))
                        .as("round %d", round).containsExactlyInAnyOrder(204, 422);
                assertThat(teams.selfAndAncestors(east)).as("round %d", round).endsWith(company);
                assertThat(teams.selfAndAncestors(west)).as("round %d", round).endsWith(company);
            }
        } finally {
            threads.shutdown();
        }
    }

    /**
     * A log written before the directories existed: the tables are empty and the backfill not done, as after migration
     * V19 on an existing database. The backfill at start-up folds the log into them, and only once.
     */
    @Test
    void aLogFromBeforeTheDirectoriesIsFoldedIntoThemOnceAtStartUp() {
        PriorityId priority = new PriorityId(delia.create("/api/priorities", Map.of("teamId", inbound.value(),
                "quarter", QUARTER, "title", "Call back the same day", "ownerId", "mo")));
        assertThat(delia.post("/api/priorities/" + priority.value() + "/drop", Map.of("reason", "Cut")).status())
                .isEqualTo(200);
        List<Map<String, Object>> written = rowsOfThisOrganisation(priority);
        assertThat(written).hasSize(3 + 2 + 1);

        emptyTheDirectories();
        sql.update("update command_directory_backfill set done_at = null");
        backfill.start();
        assertThat(rowsOfThisOrganisation(priority)).isEqualTo(written);
        assertThat(teams.chainOf(inbound)).extracting(TeamAndLead::teamId).containsExactly(inbound, sales, company);
        assertThat(priorities.placementOf(priority).map(Placement::closed)).contains(true);

        emptyTheDirectories();
        backfill.start();
        assertThat(rowsOfThisOrganisation(priority)).as("done once, not at every start").isEmpty();

        backfill.refold();
        assertThat(rowsOfThisOrganisation(priority)).isEqualTo(written);
    }

    /** Loads the team through its repository, as a command on it would, and keeps it (and its lock) until released. */
    private boolean holdLocked(TeamId team, CountDownLatch locked, CountDownLatch release) throws InterruptedException {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            teamRepository.load(team.value());
            locked.countDown();
            return release.await(60, TimeUnit.SECONDS);
        } finally {
            unitOfWork.rollback();
        }
    }

    private int moveWhenTold(CountDownLatch go, TeamId team, TeamId newParent) throws InterruptedException {
        go.await();
        return delia.post("/api/teams/" + team.value() + "/parent", Map.of("newParentTeamId", newParent.value()))
                .status();
    }

    private void emptyTheDirectories() {
        sql.update("delete from team_directory_member");
        sql.update("delete from team_directory");
        sql.update("delete from priority_directory");
    }

    private List<Map<String, Object>> rowsOfThisOrganisation(PriorityId priority) {
        Object[] teamIds = {company.value(), sales.value(), inbound.value()};
        return sql.queryForList("""
                select 'team' as kind, team_id as id, coalesce(parent_team_id, '') as a, coalesce(lead_id, '') as b,
                       '' as c
                from team_directory where team_id in (?, ?, ?)
                union all
                select 'member', team_id, person_id, '', '' from team_directory_member where team_id in (?, ?, ?)
                union all
                select 'priority', priority_id, team_id || ' ' || quarter, owner_id, closed::text
                from priority_directory where priority_id = ?
                order by 1, 2, 3""", teamIds[0], teamIds[1], teamIds[2], teamIds[0], teamIds[1], teamIds[2],
                priority.value());
    }

    private static PersonId person(String name) {
        return new PersonId(name);
    }
}
