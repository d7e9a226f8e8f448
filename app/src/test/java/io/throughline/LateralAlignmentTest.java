package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** A priority contributing to another team's priority besides its parent, over HTTP. */
@ThroughlineIntegrationTest
class LateralAlignmentTest {

    @LocalServerPort
    int port;

    Api api;
    String companyTeam;
    String companyPriority;
    String winLogos;
    String launchCampaign;

    @BeforeEach
    void plan() {
        Api admin = new Api(port);
        String company = admin.company("Acme", "maria");
        companyTeam = company;
        api = admin.as("maria");
        admin.people("dana", "mo");
        String sales = api.create("/api/teams", Map.of("name", "Sales", "parentTeamId", company));
        String marketing = api.create("/api/teams", Map.of("name", "Marketing", "parentTeamId", company));
        assertThat(api.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "dana")).status()).isEqualTo(204);
        assertThat(api.send("PUT", "/api/teams/" + marketing + "/lead", Map.of("personId", "mo")).status()).isEqualTo(204);
        companyPriority = api.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow ARR by 20%", "ownerId", "maria"));
        winLogos = api.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win logos", "ownerId", "dana", "parentPriorityId", companyPriority));
        launchCampaign = api.create("/api/priorities", Map.of("teamId", marketing, "quarter", "2026-Q4",
                "title", "Launch campaign", "ownerId", "mo", "parentPriorityId", companyPriority));
    }

    @Test
    void aContributionIsSeenFromBothPrioritiesAndFlaggedWhenTheOneHelpedIsDropped() {
        Api mo = api.as("mo");
        assertThat(mo.post(contributesTo(launchCampaign), Map.of("priorityId", winLogos)).status()).isEqualTo(200);
        eventually(() -> {
            JsonNode link = api.get("/api/priorities/" + launchCampaign + "/contributions").body().get("contributesTo").get(0);
            assertThat(link.get("targetPriorityId").asText()).isEqualTo(winLogos);
            assertThat(link.get("targetDropped").asBoolean()).isFalse();
            assertThat(api.get("/api/priorities/" + winLogos + "/contributions").body().get("helpedBy").get(0)
                    .get("priorityId").asText()).isEqualTo(launchCampaign);
        });

        assertThat(api.post("/api/priorities/" + winLogos + "/drop", Map.of("reason", "no budget")).status()).isEqualTo(200);
        eventually(() -> assertThat(api.get("/api/priorities/" + launchCampaign + "/contributions").body()
                .get("contributesTo").get(0).get("targetDropped").asBoolean()).isTrue());
    }

    @Test
    void theRulesOfAContributionNameThePriorityContributedTo() {
        Api.Response toParent = api.post(contributesTo(launchCampaign), Map.of("priorityId", companyPriority));
        assertThat(toParent.status()).isEqualTo(422);
        assertThat(toParent.body().get("field").asText()).isEqualTo("priorityId");
        assertThat(api.post(contributesTo(launchCampaign), Map.of("priorityId", launchCampaign)).status()).isEqualTo(422);

        assertThat(api.post(contributesTo(launchCampaign), Map.of("priorityId", winLogos)).status()).isEqualTo(200);
        Api.Response twice = api.post(contributesTo(launchCampaign), Map.of("priorityId", winLogos));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("field").asText()).isEqualTo("priorityId");

        assertThat(api.send("DELETE", contributesTo(launchCampaign) + "/" + winLogos, null).status()).isEqualTo(200);
        assertThat(api.send("DELETE", contributesTo(launchCampaign) + "/" + winLogos, null).status()).isEqualTo(404);
        eventually(() -> assertThat(api.get("/api/priorities/" + winLogos + "/contributions").body().get("helpedBy"))
                .isEmpty());
    }

    @Test
    void theRollUpShowsAContributionAsACrossLinkAndItsDroppedTargetAsTheReasonItIsOrphaned() {
        assertThat(api.post(contributesTo(launchCampaign), Map.of("priorityId", winLogos)).status()).isEqualTo(200);
        eventually(() -> {
            JsonNode company = companyNode(api.get("/api/dashboard?quarter=2026-Q4").body());
            assertThat(company.get("children")).extracting(child -> child.get("title").asText())
                    .as("a cross-link, not a second parent").containsExactly("Win logos", "Launch campaign");
            JsonNode link = company.get("children").get(1).get("contributesTo").get(0);
            assertThat(link.get("title").asText()).isEqualTo("Win logos");
            assertThat(link.get("teamName").asText()).isEqualTo("Sales");
            assertThat(company.get("children").get(0).get("children")).isEmpty();
        });

        assertThat(api.post("/api/priorities/" + winLogos + "/drop", Map.of("reason", "no budget")).status()).isEqualTo(200);
        eventually(() -> {
            JsonNode orphan = orphanNamed(launchCampaign);
            assertThat(orphan).isNotNull();
            assertThat(orphan.get("droppedParent").isNull()).isTrue();
            assertThat(orphan.get("droppedContributions").get(0).get("title").asText()).isEqualTo("Win logos");
        });

        assertThat(api.post("/api/priorities/" + winLogos + "/reinstate", Map.of("reason", "funded")).status())
                .isEqualTo(200);
        eventually(() -> assertThat(orphanNamed(launchCampaign)).isNull());
    }

    /** The database is shared with other tests' organisations: their priorities of the quarter are left aside. */
    private JsonNode companyNode(JsonNode dashboard) {
        for (JsonNode node : dashboard.get("priorities")) {
            if (node.get("id").asText().equals(companyPriority)) {
                return node;
            }
        }
        throw new AssertionError("no company priority " + companyPriority + " in the roll-up");
    }

    private JsonNode orphanNamed(String priority) {
        for (JsonNode orphan : api.get("/api/dashboard?quarter=2026-Q4").body().get("orphaned")) {
            if (orphan.get("id").asText().equals(priority)) {
                return orphan;
            }
        }
        return null;
    }

    @Test
    void aPriorityIsNotRealignedUnderAPriorityItContributesTo() {
        String cutCosts = api.create("/api/priorities", Map.of("teamId", companyTeam, "quarter", "2026-Q4",
                "title", "Cut costs", "ownerId", "maria"));
        assertThat(api.post(contributesTo(launchCampaign), Map.of("priorityId", cutCosts)).status()).isEqualTo(200);

        Api.Response realigned = api.post("/api/priorities/" + launchCampaign + "/parent",
                Map.of("newParentPriorityId", cutCosts, "reason", "serve it directly"));
        assertThat(realigned.status()).isEqualTo(422);
        assertThat(realigned.body().get("field").asText()).isEqualTo("newParentPriorityId");
        assertThat(realigned.body().get("rule").asText()).isEqualTo("parent-not-contributed-to");
    }

    @Test
    void onlyWhoMayRealignAPriorityDecidesWhatItContributesTo() {
        assertThat(api.as("dana").post(contributesTo(launchCampaign), Map.of("priorityId", winLogos)).status())
                .isEqualTo(403);
    }

    private static String contributesTo(String priority) {
        return "/api/priorities/" + priority + "/contributes-to";
    }
}
