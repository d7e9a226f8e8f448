package io.throughline.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test's application context at a new, empty database on the shared test PostgreSQL. */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + TestPostgres.newDatabase(),
                "spring.datasource.username=postgres",
                "throughline.embedded-postgres.enabled=false",
                "throughline.admin-password=" + Api.ADMIN_PASSWORD
        ).applyTo(context);
    }
}
