package io.throughline.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * An analyst's own PostgreSQL login, a member of {@code throughline_analyst}, connecting with plain JDBC to the test's
 * database as an analyst's SQL client would. Roles are shared by every database of the server: each login gets a
 * name of its own and is dropped on close.
 */
public final class AnalystLogin implements AutoCloseable {

    private final JdbcTemplate owner;
    private final String url;
    private final String name;
    private final String password;

    /**
     * @param owner       the service's own connection, allowed to create roles
     * @param databaseUrl the service's JDBC URL; its parameters (such as {@code ?user=postgres}) are left off
     */
    public AnalystLogin(JdbcTemplate owner, String databaseUrl) {
        this.owner = owner;
        this.url = databaseUrl.replaceFirst("\\?.*$", "");
        this.name = "analyst_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.password = name + "-password";
        owner.execute("create role " + name + " login password '" + password + "' in role throughline_analyst");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, name, password);
    }

    @Override
    public void close() {
        owner.execute("drop role " + name);
    }
}
