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
    String companyPriority;
    String winLogos;
    String launchCampaign;

    @BeforeEach
    void plan() {
        Api admin = new Api(port);
        String company = admin.company("Acme", "maria");
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
    void onlyWhoMayRealignAPriorityDecidesWhatItContributesTo() {
        assertThat(api.as("dana").post(contributesTo(launchCampaign), Map.of("priorityId", winLogos)).status())
                .isEqualTo(403);
    }

    private static String contributesTo(String priority) {
        return "/api/priorities/" + priority + "/contributes-to";
    }
}
