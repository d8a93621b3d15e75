package org.placementledger.query.readmodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One {@code INSERT ... VALUES (...), (...)} for several rows of a table: a claim writes a row per
 * resource class, and one statement costs the database one parse and one execution instead of one
 * per row.
 */
public final class MultiRowInsert {

    private final String head;
    private final String row;
    private final List<Object> values = new ArrayList<>();
    private int rows;

    public MultiRowInsert(String table, String... columns) {
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.row = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    /** Adds a row: one value per column, in the columns' order. */
    public MultiRowInsert add(Object... row) {
        values.addAll(List.of(row));
        rows++;
        return this;
    }

    /** Writes the rows added, if any. */
    public void write(JdbcTemplate jdbc) {
        if (rows > 0) {
            jdbc.update(head + String.join(", ", Collections.nCopies(rows, row)), values.toArray());
        }
    }
}
