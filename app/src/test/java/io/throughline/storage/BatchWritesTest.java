package io.throughline.storage;

import io.throughline.support.ThroughlineIntegrationTest;
import jakarta.persistence.EntityManager;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projections write a batch's rows with JdbcTemplate (BatchBuffer) beside what Hibernate writes and the processor's
 * token: all of it must go through the one connection and transaction that the processors' transaction manager opens,
 * or rows could commit without their token, or the other way round.
 */
@ThroughlineIntegrationTest
class BatchWritesTest {

    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    EntityManager entityManager;

    @Test
    void jdbcWritesShareTheConnectionOfTheProcessorsTransactionAndRollBackWithIt() {
        Transaction batch = transactions.startTransaction();
        int jdbc = sql.queryForObject("select pg_backend_pid()", Integer.class);
        int hibernate = ((Number) entityManager.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
        sql.update("insert into metric_value (metric_id, period, period_start, value, recorded_at)"
                + " values ('batch-writes', '2026-W01', date '2025-12-29', 1, now())");
        assertThat(sql.queryForObject("select count(*) from metric_value where metric_id = 'batch-writes'",
                Integer.class)).as("seen inside the transaction").isOne();
        batch.rollback();

        assertThat(jdbc).as("one connection").isEqualTo(hibernate);
        assertThat(sql.queryForObject("select count(*) from metric_value where metric_id = 'batch-writes'",
                Integer.class)).as("rolled back with the batch").isZero();
    }
}
