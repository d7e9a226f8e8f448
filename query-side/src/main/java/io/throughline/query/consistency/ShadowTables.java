package io.throughline.query.consistency;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Empty temporary copies of read-model tables under the same names, for the rest of one transaction. PostgreSQL
 * looks in a session's temporary schema before {@code public}, so the projections' unqualified SQL writes into the
 * copies; then each copy is compared with its live table, row by row and column by column.
 */
final class ShadowTables {

    /** Table names come from {@code @ReadModelTables}; anything else has no place in SQL written here. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int SAMPLES = 5;

    private final JdbcTemplate sql;

    ShadowTables(JdbcTemplate sql) {
        this.sql = sql;
    }

    /**
     * Shadows the tables, then makes the transaction read-only: from here on only temporary tables can be written,
     * so a fold can never touch a live read model, whatever its SQL resolves to.
     */
    void shadow(List<String> tables) {
        tables.forEach(table -> sql.execute("create temporary table " + checked(table) + " (like public." + table
                + " including all) on commit drop"));
        sql.execute("set local transaction_read_only = on");
        // A pooled connection keeps its prepared statements, and PostgreSQL does not plan them again when a temporary
        // table comes to hide the table they name: without this, they would go on reading the live table (seen with
        // psql on a session that already had a temporary schema). Planned again, they find the copies; when the
        // copies go with the transaction, they are planned again against the live tables.
        sql.execute("discard plans");
    }

    /** The fold's rows (in the copy) against the live table's. */
    TableConsistency compare(String table) {
        String key = keyOf(table);
        String foldOnly = "(select * from pg_temp." + table + " except all select * from public." + table + ") d";
        String liveOnly = "(select * from public." + table + " except all select * from pg_temp." + table + ") d";
        return new TableConsistency(table, count("public." + table), count("pg_temp." + table),
                count(foldOnly), count(liveOnly), samples(key, foldOnly), samples(key, liveOnly));
    }

    /** An SQL expression naming a row of {@code d} by its primary key: {@code team_id=abc}, or the row as text. */
    private String keyOf(String table) {
        List<String> columns = sql.queryForList("""
                select a.attname from pg_index i
                  join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                 where i.indrelid = ('public.' || ?)::regclass and i.indisprimary
                 order by array_position(i.indkey::int2[], a.attnum)""", String.class, checked(table));
        return columns.isEmpty() ? "d::text" : columns.stream()
                .map(column -> "'" + checked(column) + "=' || d." + column + "::text")
                .collect(Collectors.joining(" || ', ' || "));
    }

    private long count(String rows) {
        Long count = sql.queryForObject("select count(*) from " + rows, Long.class);
        return count == null ? 0 : count;
    }

    private List<String> samples(String key, String rows) {
        return sql.queryForList("select " + key + " from " + rows + " order by 1 limit " + SAMPLES, String.class);
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain table or column name: " + name);
        }
        return name;
    }
}
