package org.placementledger.query.audit.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SHA-256 over one table's rows: ordered by every column (first to last, so the order is total and
 * needs no knowledge of keys) and each value written canonically (timestamps as ISO instants or
 * local date-times, numbers by Java's toString, null as a mark no text can take). The same function
 * digests the live and the rebuilt table, so equal digests mean equal rows.
 */
public final class TableDigest {

    /** The digest and the number of rows it covers. */
    public record Result(String sha256, long rows) {
    }

    private TableDigest() {
    }

    public static Result of(JdbcTemplate jdbc, String table) {
        int columns = jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0", rs -> {
            return rs.getMetaData().getColumnCount();
        });
        String order = IntStream.rangeClosed(1, columns).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        MessageDigest sha = sha256();
        long[] rows = {0};
        jdbc.query("SELECT * FROM " + table + " ORDER BY " + order, rs -> {
            for (int i = 1; i <= columns; i++) {
                sha.update(canonical(rs, i).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            sha.update((byte) 0x1e);
            rows[0]++;
        });
        return new Result(HexFormat.of().formatHex(sha.digest()), rows[0]);
    }

    private static String canonical(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "\u0000";
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toString();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().toString();
        }
        return value.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
