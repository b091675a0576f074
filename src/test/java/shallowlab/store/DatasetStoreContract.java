package shallowlab.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetId;
import shallowlab.data.DatasetKind;

/** What every {@link DatasetStore} must do; a subclass supplies empty databases of its kind. */
abstract class DatasetStoreContract {
    static final Dataset MOONS = DatasetKind.MOONS.generate(300, 0.25, 9);
    private final List<ExperimentStore> opened = new ArrayList<>();

    /** Settings for a database with none of the store's tables in it; each call may empty the last one. */
    abstract StoreSettings emptyDatabase() throws Exception;

    @AfterEach
    void closeStores() { opened.forEach(ExperimentStore::close); }

    ExperimentStore open(StoreSettings settings, int cap) {
        var store = JdbcExperimentStore.open(settings, cap);
        opened.add(store);
        return store;
    }

    @Test
    void savedPointsAreFoundBitForBitUnderTheirContentIdAfterARestart() throws Exception {
        StoreSettings settings = emptyDatabase();
        String id;
        try (var store = JdbcExperimentStore.open(settings, 10)) {
            id = store.datasets().save(MOONS);
        }
        assertEquals(DatasetId.of(MOONS), id);
        Dataset found = open(settings, 10).datasets().find(id).orElseThrow();
        assertArrayEquals(MOONS.x1(), found.x1());
        assertArrayEquals(MOONS.x2(), found.x2());
        assertArrayEquals(MOONS.label(), found.label());
    }

    @Test
    void theSamePointsGetTheSameIdInAFreshDatabaseAndAreStoredOnce() throws Exception {
        String first;
        try (var store = JdbcExperimentStore.open(emptyDatabase(), 10)) {
            first = store.datasets().save(MOONS);
            assertEquals(first, store.datasets().save(copy(MOONS)));
            assertEquals(1, store.datasets().count());
        }
        assertEquals(first, open(emptyDatabase(), 10).datasets().save(copy(MOONS)));
    }

    @Test
    void pastTheCapNewPointsAreRefusedAndStoredOnesStillSave() throws Exception {
        DatasetStore store = open(emptyDatabase(), 1).datasets();
        String id = store.save(MOONS);
        Dataset other = DatasetKind.XOR.generate(40, 0.1, 1);
        assertThrows(StoreFullException.class, () -> store.save(other));
        assertEquals(id, store.save(copy(MOONS)), "points already stored take no room");
        assertEquals(1, store.count());
    }

    @Test
    void unknownAndMalformedIdsFindNothing() throws Exception {
        DatasetStore store = open(emptyDatabase(), 10).datasets();
        store.save(MOONS);
        assertEquals(Optional.empty(), store.find("0123456789abcdef"));
        assertEquals(Optional.empty(), store.find("' OR 1=1 --"));
        assertTrue(store.find(DatasetId.of(MOONS)).isPresent());
    }

    @Test
    void aNameIsKeptBesideThePointsAndTheFirstOneGivenStays() throws Exception {
        StoreSettings settings = emptyDatabase();
        Dataset xor = DatasetKind.XOR.generate(40, 0.1, 1);
        try (var store = JdbcExperimentStore.open(settings, 10)) {
            assertEquals(DatasetId.of(MOONS), store.datasets().save(MOONS, "Moons – week 3.csv"));
            store.datasets().save(copy(MOONS), "renamed.csv");
            store.datasets().save(xor);
        }
        DatasetStore reopened = open(settings, 10).datasets();
        assertEquals(Optional.of("Moons – week 3.csv"), reopened.name(DatasetId.of(MOONS)),
                "the same points have one id, so one name: the first");
        assertEquals(Optional.empty(), reopened.name(DatasetId.of(xor)), "points saved without a name have none");
        assertEquals(Optional.empty(), reopened.name("0123456789abcdef"));
        assertEquals(Optional.empty(), reopened.name("' OR 1=1 --"));
        assertThrows(IllegalArgumentException.class,
                () -> reopened.save(DatasetKind.CIRCLES.generate(40, 0.1, 1), "x".repeat(DatasetStore.MAX_NAME + 1)));
        assertEquals(2, reopened.count());
    }

    @Test
    void aDatabaseFromBeforeNamesGainsTheColumnAndKeepsItsPoints() throws Exception {
        StoreSettings settings = emptyDatabase();
        String id = DatasetId.of(MOONS);
        try (var c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             var s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version ("
                    + "version INTEGER PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            for (String sql : Schema.STEPS.get(0)) s.execute(sql);
            for (String sql : Schema.STEPS.get(1)) s.execute(sql);
            s.execute("INSERT INTO schema_version VALUES (1, CURRENT_TIMESTAMP), (2, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO dataset (id, points, content, created_at) VALUES ('" + id + "', " + MOONS.size()
                    + ", '" + DatasetId.canonicalText(MOONS) + "', CURRENT_TIMESTAMP)");
        }
        DatasetStore store = open(settings, 10).datasets();
        assertArrayEquals(MOONS.x1(), store.find(id).orElseThrow().x1());
        assertEquals(Optional.empty(), store.name(id), "stored before names were kept");
        Dataset xor = DatasetKind.XOR.generate(40, 0.1, 1);
        assertEquals(Optional.of("xor.csv"), store.name(store.save(xor, "xor.csv")));
    }

    private static Dataset copy(Dataset d) { return new Dataset(d.x1().clone(), d.x2().clone(), d.label().clone()); }
}
