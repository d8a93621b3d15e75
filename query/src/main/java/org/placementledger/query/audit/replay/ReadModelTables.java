package org.placementledger.query.audit.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read-model tables, as the query side's Flyway scripts ({@code db/migration/query/V2_*.sql})
 * create them. A replay builds a fresh set by running the very same scripts in another schema, so the
 * shadow tables cannot drift from the live ones, and a table added by a new script is replayed and
 * digested without anyone listing it here.
 */
public final class ReadModelTables {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(\\w+)");
    /** A later script's new or changed column: part of the table's shape, so made with the table, before its rows. */
    private static final Pattern ADD_COLUMN =
            Pattern.compile("(?i)^ALTER\\s+TABLE\\s+(\\w+)\\s+(?:ADD|ALTER)\\s+COLUMN\\b");
    /** A later script's dropped table: no longer a read model. */
    private static final Pattern DROP_TABLE = Pattern.compile("(?i)^DROP\\s+TABLE\\s+(\\w+)\\s*$");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?i)CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(\\w+)\\s+ON\\s+(\\w+)");
    /** A primary key declared as a clause of its own: {@code , PRIMARY KEY (a, b)}. */
    private static final Pattern KEY_CLAUSE = Pattern.compile("(?i),\\s*PRIMARY\\s+KEY\\s*\\(([^)]*)\\)");
    /** A primary key declared on its column: {@code uuid VARCHAR(36) NOT NULL PRIMARY KEY}. */
    private static final Pattern KEY_COLUMN = Pattern.compile("(?i)([(,]\\s*)(\\w+)([^,]*?)\\s+PRIMARY\\s+KEY\\b");

    private final List<String> statements = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    private final List<String> keyless = new ArrayList<>();
    /** Per table: the statement adding its primary key (if any), then its CREATE INDEXes. */
    private final Map<String, List<String>> keysAndIndexes = new LinkedHashMap<>();
    /** Statements of the scripts that are neither a CREATE TABLE nor a CREATE INDEX: run after every index. */
    private final List<String> others = new ArrayList<>();
    private final Map<String, List<String>> indexes = new LinkedHashMap<>();
    private final Pattern names;

    public ReadModelTables() {
        for (String script : scripts()) {
            for (String statement : withoutComments(script).split(";")) {
                String sql = statement.trim();
                if (!sql.isBlank()) {
                    statements.add(sql);
                    Matcher m = CREATE_TABLE.matcher(sql);
                    Matcher ix = CREATE_INDEX.matcher(sql);
                    Matcher column = ADD_COLUMN.matcher(sql);
                    Matcher drop = DROP_TABLE.matcher(sql);
                    if (column.find() && keysAndIndexes.containsKey(column.group(1).toLowerCase())) {
                        keyless.add(sql);
                    } else if (drop.find() && keysAndIndexes.containsKey(drop.group(1).toLowerCase())) {
                        statements.remove(sql);
                        dropped(drop.group(1).toLowerCase());
                    } else if (m.find()) {
                        tables.add(m.group(1).toLowerCase());
                        keysAndIndexes.put(m.group(1).toLowerCase(), new ArrayList<>());
                        splitKey(m.group(1), sql);
                    } else if (ix.find() && keysAndIndexes.containsKey(ix.group(2).toLowerCase())) {
                        indexes.computeIfAbsent(ix.group(2).toLowerCase(), t -> new ArrayList<>())
                                .add(ix.group(1).toLowerCase());
                        keysAndIndexes.get(ix.group(2).toLowerCase()).add(sql);
                    } else {
                        others.add(sql);
                    }
                }
            }
        }
        List<String> all = new ArrayList<>(tables);
        indexes.values().forEach(all::addAll);
        names = Pattern.compile("(?i)\\b(" + String.join("|", all) + ")\\b");
    }

    /** Forgets a table a later script drops: the statements of the earlier ones that made it. */
    private void dropped(String table) {
        Pattern named = Pattern.compile("(?i)^(CREATE|ALTER)\\s+TABLE\\s+" + table + "\\b");
        Pattern indexed = Pattern.compile("(?i)\\bON\\s+" + table + "\\b");
        statements.removeIf(sql -> named.matcher(sql).find() || indexed.matcher(sql).find());
        keyless.removeIf(sql -> named.matcher(sql).find());
        tables.remove(table);
        keysAndIndexes.remove(table);
        indexes.remove(table);
    }

    /** The secondary indexes the scripts create on {@code table} (its primary key is named by the database). */
    public List<String> indexes(String table) {
        return indexes.getOrDefault(table, List.of());
    }

    /**
     * {@code sql} with every read-model table and index name followed by {@code suffix}: the same
     * statements, aimed at a second table set kept beside the live one in the same schema.
     */
    public String suffixed(String sql, String suffix) {
        return names.matcher(sql).replaceAll("$1" + suffix);
    }

    /** Every read-model table, in the order the scripts create them. */
    public List<String> tables() {
        return List.copyOf(tables);
    }

    /** Creates the tables (with their keys and indexes) in the connection's current schema. */
    public void create(JdbcTemplate jdbc) {
        statements.forEach(jdbc::execute);
    }

    /**
     * Creates the tables without any index, not even their primary keys, in the connection's current
     * schema: a replay fills them in bulk, which costs far less with no index to keep row by row (on
     * H2 a row inserted under a VARCHAR primary key costs several times a keyless one, its commit
     * too); then {@link #createIndexes} adds the keys and indexes, each built in one sorted pass.
     */
    public void createTables(JdbcTemplate jdbc) {
        keyless.forEach(jdbc::execute);
    }

    /** The primary keys (ALTER TABLE ... ADD PRIMARY KEY) and everything of the scripts but the CREATE TABLEs. */
    public void createIndexes(JdbcTemplate jdbc) {
        tables.forEach(table -> createIndexes(jdbc, table));
        createOthers(jdbc);
    }

    /** {@code table}'s primary key and secondary indexes, once its rows are all in. */
    public void createIndexes(JdbcTemplate jdbc, String table) {
        keysAndIndexes.get(table).forEach(jdbc::execute);
    }

    /** The scripts' statements that are neither tables nor indexes (none so far), after every index. */
    public void createOthers(JdbcTemplate jdbc) {
        others.forEach(jdbc::execute);
    }

    /** {@code create}, a CREATE TABLE, as one without its primary key and the statement that adds that key. */
    private void splitKey(String table, String create) {
        Matcher clause = KEY_CLAUSE.matcher(create);
        Matcher column = KEY_COLUMN.matcher(create);
        if (clause.find()) {
            keyless.add(clause.replaceFirst(""));
            addKey(table, clause.group(1).trim());
        } else if (column.find()) {
            keyless.add(column.replaceFirst("$1$2$3"));
            addKey(table, column.group(2));
        } else {
            keyless.add(create);
        }
    }

    private void addKey(String table, String columns) {
        keysAndIndexes.get(table.toLowerCase()).add("ALTER TABLE " + table + " ADD PRIMARY KEY (" + columns + ")");
    }

    private static List<String> scripts() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/query/V2_*.sql");
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            List<String> texts = new ArrayList<>();
            for (Resource r : found) {
                try (InputStream in = r.getInputStream()) {
                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            if (texts.isEmpty()) {
                throw new IllegalStateException("no read-model scripts on the class path");
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutComments(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            sql.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
        }
        return sql.toString().trim();
    }
}
