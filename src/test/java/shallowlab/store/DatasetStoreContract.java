package shallowlab.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static Dataset copy(Dataset d) { return new Dataset(d.x1().clone(), d.x2().clone(), d.label().clone()); }
}
