package org.placementledger.query.audit.replay;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many rows of an {@code INSERT INTO t (a, b) VALUES (?, ?)} as one statement on H2:
 * {@code INSERT INTO t (a, b) SELECT * FROM UNNEST(?, ?)}, one array per column. H2 then converts
 * and inserts the rows in one command instead of a JDBC batch's command per row: ~40% less time for
 * the replay's largest table in a same-run comparison. The values are converted to the columns'
 * types as a batch's parameters are, so the rows come out the same ({@code ColumnArrayInsertTest}).
 */
final class ColumnArrayInsert {

    /** An INSERT whose values are all parameters: {@code INSERT INTO t (a, b) VALUES (?, ?)}. */
    private static final Pattern PARAMETERS_ONLY = Pattern.compile(
            "(?is)^\\s*(INSERT\\s+INTO\\s+\\w+\\s*\\([^)]*\\))\\s*VALUES\\s*\\(\\s*\\?(\\s*,\\s*\\?)*\\s*\\)\\s*$");
    /** H2's longest array. */
    static final int MAX_ROWS = 65_536;
    /** Value types whose arrays H2 binds element by element as it binds a single parameter of the type. */
    private static final Set<Class<?>> PLAIN = Set.of(String.class, Long.class, Integer.class, Short.class,
            Boolean.class, Double.class, Float.class, BigDecimal.class, Timestamp.class, OffsetDateTime.class);

    /** The statement and its parameters: one array per column. */
    record Statement(String sql, Object[] columns) {
    }

    private ColumnArrayInsert() {
    }

    /**
     * {@code rows} of {@code insert} as one statement, or null if they cannot be: another form of
     * INSERT, too many rows, or a column holding values of several types or of a type not listed.
     */
    static Statement of(String insert, List<Object[]> rows) {
        Matcher m = PARAMETERS_ONLY.matcher(insert);
        if (!m.matches() || rows.isEmpty() || rows.size() > MAX_ROWS) {
            return null;
        }
        int width = rows.get(0).length;
        if (width != insert.chars().filter(c -> c == '?').count() || rows.stream().anyMatch(r -> r.length != width)) {
            return null;
        }
        Object[] columns = new Object[width];
        for (int column = 0; column < width; column++) {
            columns[column] = column(rows, column);
            if (columns[column] == null) {
                return null;
            }
        }
        return new Statement(m.group(1) + " SELECT * FROM UNNEST(" + "?, ".repeat(width - 1) + "?)", columns);
    }

    /** The column's values as an array of their one type (Object[] if all null), or null. */
    private static Object column(List<Object[]> rows, int column) {
        Class<?> type = null;
        for (Object[] row : rows) {
            Object value = row[column];
            if (value == null) {
                continue;
            }
            if (type != null && value.getClass() != type || !PLAIN.contains(value.getClass())) {
                return null;
            }
            type = value.getClass();
        }
        Object array = Array.newInstance(type == null ? Object.class : type, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Array.set(array, i, rows.get(i)[column]);
        }
        return array;
    }
}
