package shallowlab.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL the tests may use: {@code TEST_POSTGRES_URL}, a jdbc URL carrying user and password. */
final class TestDatabases {
    static final String POSTGRES_VARIABLE = "TEST_POSTGRES_URL";

    private TestDatabases() {}

    /** The PostgreSQL settings; skips the calling test when the variable is unset (CI always sets it). */
    static StoreSettings postgres() {
        String url = System.getenv(POSTGRES_VARIABLE);
        assumeTrue(url != null && !url.isBlank(),
                POSTGRES_VARIABLE + " is not set, so the PostgreSQL tests are skipped (.ci/postgres.sh prints it)");
        return new StoreSettings(url.strip(), null, null);
    }

    /** Drops the store's tables, so the next open starts from an empty database and runs every migration. */
    static void dropTables(StoreSettings settings) throws SQLException {
        try (var c = DriverManager.getConnection(settings.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS saved_experiment");
            s.execute("DROP TABLE IF EXISTS dataset");
            s.execute("DROP TABLE IF EXISTS schema_version");
        }
    }
}
