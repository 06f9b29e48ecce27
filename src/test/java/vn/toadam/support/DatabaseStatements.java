package vn.toadam.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts every statement the H2 database runs, whoever sends it (JPA or plain JDBC), from H2's own per-statement
 * statistics; for tests that a screen reacts to live events without reading the database.
 */
public final class DatabaseStatements implements AutoCloseable {

    private final JdbcTemplate jdbc;

    private DatabaseStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("SET QUERY_STATISTICS TRUE");
    }

    /**
     * Starts counting; on another database (the PostgreSQL run of the suite) the calling test is skipped, as these
     * statistics are H2's own: what the screen does is the same on both.
     */
    public static DatabaseStatements count(JdbcTemplate jdbc) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        org.junit.jupiter.api.Assumptions.assumeTrue("H2".equals(product), "statement statistics are H2's");
        return new DatabaseStatements(jdbc);
    }

    /** Statements run since counting began, leaving out these reads of the statistics themselves. */
    public long run() {
        return jdbc.queryForObject("select coalesce(sum(execution_count), 0) from information_schema.query_statistics "
                + "where upper(sql_statement) not like '%QUERY_STATISTICS%'", Long.class);
    }

    @Override
    public void close() {
        jdbc.execute("SET QUERY_STATISTICS FALSE");
    }
}
