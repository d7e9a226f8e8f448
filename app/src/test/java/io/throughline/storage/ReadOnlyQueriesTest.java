package io.throughline.storage;

import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A query is answered in a read-only transaction: a handler that tried to write would be refused by PostgreSQL. */
@ThroughlineIntegrationTest
class ReadOnlyQueriesTest {

    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcTemplate sql;

    @Test
    void aQueryHandlerCannotWrite() {
        assertThatThrownBy(() -> queries.query(new RenameTokenOwners(), Integer.class).join())
                .rootCause().hasMessageContaining("read-only transaction");
        assertThat(sql.queryForObject("select count(*) from token_entry where owner = 'a query'", Integer.class)).isZero();
    }

    record RenameTokenOwners() {
    }

    static class TokenQueries {

        private final JdbcTemplate sql;

        TokenQueries(JdbcTemplate sql) {
            this.sql = sql;
        }

        @QueryHandler
        Integer rename(RenameTokenOwners query) {
            return sql.update("update token_entry set owner = 'a query'");
        }
    }

    @TestConfiguration
    static class TokenQueriesConfiguration {

        @Bean
        TokenQueries tokenQueries(JdbcTemplate sql) {
            return new TokenQueries(sql);
        }
    }
}
