package io.throughline;

import io.throughline.support.AnalystLogin;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An analyst signs in to PostgreSQL in the role throughline_analyst: reads the read models, writes nothing, sees no more. */
@ThroughlineIntegrationTest
class AnalystRoleTest {

    private static final String[] READ_MODELS = {"annual_goal_view", "audit_entry", "check_in_view", "commitment_view",
            "decision_right_view", "decision_view", "event_hash", "huddle_view", "insight_priority",
            "insight_status_change", "kpi_progress_version", "kpi_progress_view", "lasting_plan_view",
            "metric_definition_version", "metric_target", "metric_value", "metric_value_correction", "metric_view",
            "milestone_progress_view", "milestone_view", "plan_view", "priority_contribution_span",
            "priority_contribution_view", "priority_progress_version", "priority_progress_view", "priority_version",
            "priority_view", "quarter_view", "stuck_item_view", "team_assessment", "team_member", "team_view"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;
    @RegisterExtension
    final AnalystLogin analyst = new AnalystLogin();

    @Test
    void readsAPriorityFromTheReadModel() throws Exception {
        Api admin = new Api(port);
        String company = admin.company("Analysed", "anya-lead");
        String priority = admin.as("anya-lead").create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Publish the numbers", "ownerId", "anya-lead"));

        eventually(() -> {
            try (Connection connection = analyst.connect();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "select title from priority_view where priority_id = '" + priority + "'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("title")).isEqualTo("Publish the numbers");
            }
        });
    }

    @Test
    void mayReadTheReadModelsAndNoOtherTable() {
        assertThat(sql.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind in ('r', 'v', 'm', 'S')
                   and has_table_privilege('throughline_analyst', c.oid, 'SELECT')
                 order by c.relname""", String.class)).containsExactly(READ_MODELS);
        assertThat(sql.queryForObject("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r'
                   and has_table_privilege('throughline_analyst', c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')""",
                Integer.class)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "insert into priority_view (priority_id, team_id, quarter, title, owner_id, status, version, assigned_at, "
                    + "updated_at) values ('p', 't', '2026-Q4', 'x', 'o', 'ON_TRACK', 0, now(), now())",
            "update priority_view set title = 'rewritten'",
            "delete from audit_entry",
            "select * from domain_event_entry",
            "select * from users",
            "select * from account_password",
            "select * from access_token",
            "select * from token_entry",
            "select * from idempotency_record",
            "select * from flyway_schema_history",
            "select * from check_in_note",
            "select * from notice",
            "select * from team_webhook",
            "select * from spring_session_attributes",
            "select * from sign_in_failure",
            "select * from sign_in_throttled"})
    void isRefused(String statement) {
        assertThatThrownBy(() -> {
            try (Connection connection = analyst.connect(); Statement refused = connection.createStatement()) {
                refused.execute(statement);
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("permission denied")
                .extracting(refusal -> ((SQLException) refusal).getSQLState()).isEqualTo("42501");
    }
}
