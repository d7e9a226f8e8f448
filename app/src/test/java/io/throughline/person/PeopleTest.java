package io.throughline.person;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** People are in the event log: only a registered, enabled person can be named, and every account change is audited. */
@ThroughlineIntegrationTest
class PeopleTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    @Test
    void aPriorityOwnedBySomeoneUnknownIsRefusedNamingTheOwnerAndNothingIsStored() {
        Api admin = new Api(port);
        String company = admin.company("Ghostly Inc", "gina");
        long events = events();

        Api.Response refused = admin.as("gina").post("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Haunt the market", "ownerId", "ghost"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("field").asText()).isEqualTo("ownerId");
        assertThat(refused.body().get("rule").asText()).isEqualTo("person-known");
        assertThat(events()).as("nothing stored").isEqualTo(events);
    }

    @Test
    void aDisabledPersonCannotBeMadeOwnerNorLeadButCanStillBeRemoved() {
        Api admin = new Api(port);
        String company = admin.company("Quiet Inc", "quinn");
        admin.as("dora");
        assertThat(admin.post("/api/teams/" + company + "/members", Map.of("personId", "dora")).status()).isEqualTo(204);
        assertThat(admin.post("/api/admin/users/dora/disable", null).status()).isEqualTo(200);

        Api.Response owner = admin.as("quinn").post("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Keep it quiet", "ownerId", "dora"));
        assertThat(owner.status()).isEqualTo(422);
        assertThat(owner.body().get("field").asText()).isEqualTo("ownerId");
        assertThat(owner.body().get("detail").asText()).contains("disabled");
        assertThat(admin.send("PUT", "/api/teams/" + company + "/lead", Map.of("personId", "dora")).status()).isEqualTo(422);

        assertThat(admin.send("DELETE", "/api/teams/" + company + "/members/dora", null).status())
                .as("a former person is still removed").isEqualTo(204);

        assertThat(admin.post("/api/admin/users/dora/enable", null).body().get("enabled").asBoolean()).isTrue();
        assertThat(admin.as("quinn").post("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Keep it quiet", "ownerId", "quinn")).status()).isEqualTo(201);
    }

    @Test
    void aHuddleNamesItsAttendeesAndStuckItemOwnersByTheirPlace() {
        Api admin = new Api(port);
        String company = admin.company("Huddled Inc", "hugo");
        Api.Response refused = admin.as("hugo").post("/api/teams/" + company + "/huddles", Map.of("date", "2026-11-30",
                "attendeeIds", List.of("hugo", "nobody"), "stuck", List.of()));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.body().get("field").asText()).isEqualTo("attendeeIds[1]");
    }

    @Test
    void rolesAreGrantedAndRevokedAndTheAuditLogSaysWhoDidIt() {
        Api admin = new Api(port);
        // A name of its own: the password it resets would lock out any other test class signing in as it.
        Api sasha = admin.as("sasha");
        assertThat(sasha.get("/api/audit").status()).isEqualTo(403);

        Api.Response granted = admin.send("PUT", "/api/admin/users/sasha/roles/AUDITOR", null);
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.body().get("roles").toString()).contains("AUDITOR", "LEADER");
        assertThat(admin.send("PUT", "/api/admin/users/sasha/roles/AUDITOR", null).status()).as("once").isEqualTo(409);
        assertThat(sasha.get("/api/audit").status()).as("at once, though sasha signed in before").isEqualTo(200);

        eventually(() -> assertThat(entries(admin, "RoleGranted")).anySatisfy(entry -> {
            assertThat(entry.get("aggregateId").asText()).isEqualTo("sasha");
            assertThat(entry.get("actor").asText()).isEqualTo("admin");
            assertThat(entry.get("changes").get("role").get("after").asText()).isEqualTo("AUDITOR");
        }));

        assertThat(admin.send("DELETE", "/api/admin/users/sasha/roles/AUDITOR", null).status()).isEqualTo(200);
        assertThat(admin.send("DELETE", "/api/admin/users/sasha/roles/AUDITOR", null).status()).as("only held").isEqualTo(409);
        assertThat(sasha.get("/api/audit").status()).as("revoked at once, cached sign-in included").isEqualTo(403);

        assertThat(admin.post("/api/admin/users/sasha/password", Map.of("password", "sashas-new-password")).status()).isEqualTo(204);
        eventually(() -> assertThat(entries(admin, "PasswordSet")).anySatisfy(entry -> {
            assertThat(entry.get("aggregateId").asText()).isEqualTo("sasha");
            assertThat(entry.get("actor").asText()).isEqualTo("admin");
            assertThat(entry.toString()).doesNotContain("sashas-new-password").doesNotContain("$2");
        }));
        assertThat(entries(admin, "RoleRevoked")).isNotEmpty();
    }

    @Test
    void aPersonIsGivenAnEmailAddressAndChangesItThemselvesAndTheAuditLogSaysWhoDidIt() {
        Api admin = new Api(port);
        Api.Response created = admin.post("/api/admin/users", Map.of("username", "elsa", "displayName", "Elsa Park",
                "roles", List.of("MEMBER"), "password", Api.passwordOf("elsa"), "email", " elsa@example.com "));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().get("email").asText()).isEqualTo("elsa@example.com");

        Api.Response typo = admin.post("/api/admin/users", Map.of("username", "emil", "roles", List.of("MEMBER"),
                "password", Api.passwordOf("emil"), "email", "emil.example.com"));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.body().get("field").asText()).isEqualTo("email");
        assertThat(admin.get("/api/admin/users/emil").status()).as("no half-made account").isEqualTo(404);

        Api elsa = admin.as("elsa");
        Api.Response changed = elsa.send("PUT", "/api/me/email", Map.of("email", "elsa.park@example.com"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("email").asText()).isEqualTo("elsa.park@example.com");
        assertThat(elsa.send("PUT", "/api/me/email", Map.of("email", "elsa.park@example.com")).status())
                .as("the same address changes nothing").isEqualTo(409);
        Api.Response refused = elsa.send("PUT", "/api/me/email", Map.of("email", "elsa@"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("email");
        assertThat(elsa.send("PUT", "/api/admin/users/elsa/email", Map.of("email", "x@example.com")).status())
                .as("only admins change someone's address by username").isEqualTo(403);

        Map<String, Object> none = new java.util.HashMap<>();
        none.put("email", null);
        Api.Response removed = admin.send("PUT", "/api/admin/users/elsa/email", none);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body().get("email").isNull()).isTrue();

        eventually(() -> assertThat(entries(admin, "EmailChanged")).filteredOn(entry -> entry.get("aggregateId").asText()
                .equals("elsa")).extracting(entry -> entry.get("actor").asText()).containsExactly("admin", "elsa"));
    }

    @Test
    void onlyAdminsManagePeople() {
        Api leader = new Api(port).as("lena");
        assertThat(leader.send("PUT", "/api/admin/users/lena/roles/ADMIN", null).status()).isEqualTo(403);
    }

    private static List<JsonNode> entries(Api admin, String type) {
        JsonNode entries = admin.get("/api/audit?size=500&type=" + type).body().get("entries");
        return StreamSupport.stream(entries.spliterator(), false).toList();
    }

    private long events() {
        return sql.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
