package org.placementledger.server.http;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * A uniquely named, empty schema on the local PostgreSQL server (the one the postgres profile
 * defaults to, or PLACEMENT_DB_URL/USER/PASSWORD), so a test run starts from nothing and leaves
 * nothing behind.
 */
final class FreshPostgresSchema {

    static final String SERVER_URL = env("PLACEMENT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("PLACEMENT_DB_USER", "postgres");
    private static final String PASSWORD = env("PLACEMENT_DB_PASSWORD", "");

    final String name = "placement_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private FreshPostgresSchema() {
    }

    /** Why PostgreSQL cannot be used here, or empty when it answers. */
    static Optional<String> unavailableReason() {
        try (Connection c = connect(SERVER_URL)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("no PostgreSQL answers at " + SERVER_URL + " as " + USER + ": " + e.getMessage());
        }
    }

    static FreshPostgresSchema create() throws SQLException {
        FreshPostgresSchema schema = new FreshPostgresSchema();
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    /** The JDBC URL whose current schema is this one. */
    String url() {
        return SERVER_URL + (SERVER_URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** Connections to this schema. */
    javax.sql.DataSource dataSource() {
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(url(), USER, PASSWORD);
    }

    void drop() throws SQLException {
        // Idle pooled connections of the app hold no locks; the timeout only guards against a stray one.
        execute("SET lock_timeout = '10s'; DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(SERVER_URL); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", PASSWORD);
        props.setProperty("connectTimeout", "3"); // seconds: a missing server is found out quickly
        props.setProperty("loginTimeout", "3");
        return DriverManager.getConnection(url, props);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
