package shallowlab.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables, built in numbered steps; {@code schema_version} records each step applied, so a later release
 * appends a step and every existing database catches up on start. The SQL is what H2 and PostgreSQL share.
 */
final class Schema {

    /** Step n (from 1) is {@code STEPS.get(n - 1)}. Never edit a step once released: add one. */
    static final List<List<String>> STEPS = List.of(
            List.of("""
                    CREATE TABLE IF NOT EXISTS saved_experiment (
                        id VARCHAR(16) PRIMARY KEY,
                        title VARCHAR(120) NOT NULL,
                        note VARCHAR(2000) NOT NULL,
                        query VARCHAR(2000) NOT NULL,
                        kind VARCHAR(16) NOT NULL,
                        created_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
                    "CREATE INDEX IF NOT EXISTS saved_experiment_created_at ON saved_experiment (created_at)"),
            // Uploaded points: content is DatasetId's canonical text, 36 characters a point, 2000 points at most.
            List.of("""
                    CREATE TABLE IF NOT EXISTS dataset (
                        id VARCHAR(16) PRIMARY KEY,
                        points INTEGER NOT NULL,
                        content VARCHAR(100000) NOT NULL,
                        created_at TIMESTAMP WITH TIME ZONE NOT NULL)"""),
            // The name of the file the points were first uploaded under (null: none, or stored before names were kept).
            List.of("ALTER TABLE dataset ADD COLUMN name VARCHAR(120)"));

    private Schema() {}

    /** Applies the steps this database lacks, each in its own transaction with its version row. */
    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        for (int version = version(c) + 1; version <= STEPS.size(); version++) {
            apply(c, version, STEPS.get(version - 1));
        }
    }

    /** The last step applied, 0 for a new database. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void apply(Connection c, int version, List<String> statements) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
            s.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + version + ", CURRENT_TIMESTAMP)");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
