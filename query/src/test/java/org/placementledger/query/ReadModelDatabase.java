package org.placementledger.query;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fresh in-memory H2 database with the read-model tables, for projection tests without Spring. */
public final class ReadModelDatabase {

    private ReadModelDatabase() {
    }

    public static JdbcTemplate fresh() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/query").load().migrate();
        return new JdbcTemplate(ds);
    }
}
