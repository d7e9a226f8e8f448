package io.throughline.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * An analyst's own PostgreSQL login, a member of {@code throughline_analyst}, connecting with plain JDBC to the test's
 * database as an analyst's SQL client would. Register it with {@code @RegisterExtension}: it is created before each
 * test and dropped after it, under a name of its own, because roles are shared by every database of the server.
 */
public final class AnalystLogin implements BeforeEachCallback, AfterEachCallback {

    private JdbcTemplate owner;
    private String url;
    private String name;

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext service = SpringExtension.getApplicationContext(context);
        owner = service.getBean(JdbcTemplate.class);
        // Without the URL's parameters, such as ?user=postgres, which would override the analyst's user name.
        url = service.getEnvironment().getRequiredProperty("spring.datasource.url").replaceFirst("\\?.*$", "");
        name = "analyst_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        owner.execute("create role " + name + " login password '" + password() + "' in role throughline_analyst");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        owner.execute("drop role " + name);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, name, password());
    }

    private String password() {
        return name + "-password";
    }
}
