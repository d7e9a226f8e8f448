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
 * The projections that write their rows in SQL (BatchBuffer, JdbcTemplate) write them in the transaction of their
 * processor, the one JPA and the processor's token use: what JPA reads sees them, and they go when it rolls back.
 */
@ThroughlineIntegrationTest
class ProcessorTransactionTest {

    private static final long NOWHERE = -424242;

    @Autowired
    TransactionManager processorTransactions;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    EntityManager jpa;

    @Test
    void rowsWrittenInSqlAreReadByJpaInTheSameTransactionAndRolledBackWithIt() {
        Transaction transaction = processorTransactions.startTransaction();
        try {
            sql.update("insert into event_hash (global_sequence, hash) values (?, 'written in SQL')", NOWHERE);
            assertThat(jpa.createNativeQuery("select hash from event_hash where global_sequence = :at")
                    .setParameter("at", NOWHERE).getResultList()).containsExactly("written in SQL");
        } finally {
            transaction.rollback();
        }

        assertThat(sql.queryForObject("select count(*) from event_hash where global_sequence = ?", Long.class, NOWHERE))
                .isZero();
    }
}
