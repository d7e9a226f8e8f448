package io.throughline.storage;

import io.throughline.support.ThroughlineIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The entities (the read models' and Axon's) match the tables Flyway migrated: every mapped table and column exists
 * with a compatible type. Hibernate no longer checks this at start-up (ddl-auto none, to start faster), so the build
 * does it here instead.
 */
@ThroughlineIntegrationTest
class EntitySchemaTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyEntityMatchesTheMigratedSchema() {
        assertThatCode(() -> entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects())
                .doesNotThrowAnyException();
    }
}
