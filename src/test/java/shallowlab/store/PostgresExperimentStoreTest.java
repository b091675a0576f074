package shallowlab.store;

/** The store contract on the PostgreSQL named by {@code TEST_POSTGRES_URL}; skipped when it is unset. */
class PostgresExperimentStoreTest extends ExperimentStoreContract {
    @Override
    StoreSettings emptyDatabase() throws Exception {
        StoreSettings settings = TestDatabases.postgres();
        TestDatabases.dropTables(settings);
        return settings;
    }
}
