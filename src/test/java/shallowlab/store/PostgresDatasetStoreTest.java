package shallowlab.store;

/** The dataset store contract on the PostgreSQL named by {@code TEST_POSTGRES_URL}; skipped when it is unset. */
class PostgresDatasetStoreTest extends DatasetStoreContract {
    @Override
    StoreSettings emptyDatabase() throws Exception {
        StoreSettings settings = TestDatabases.postgres();
        TestDatabases.dropTables(settings);
        return settings;
    }
}
