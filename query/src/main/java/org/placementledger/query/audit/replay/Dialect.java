package org.placementledger.query.audit.replay;

import java.sql.Connection;
import java.sql.SQLException;

/** Which database a connection reaches, where the replay does something H2's own way. */
final class Dialect {

    private Dialect() {
    }

    static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("H2");
    }
}
