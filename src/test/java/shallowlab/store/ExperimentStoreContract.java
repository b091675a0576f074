package shallowlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ExperimentStore} must do; a subclass supplies an empty database of its kind. */
abstract class ExperimentStoreContract {

    static final String QUERY = "dataset=flower&points=400&noise=0.2&hidden=4&activation=tanh&iterations=10000";

    private final List<ExperimentStore> opened = new ArrayList<>();
    private StoreSettings settings;

    /** Settings for a database with none of the store's tables in it. */
    abstract StoreSettings emptyDatabase() throws Exception;

    @BeforeEach
    void prepare() throws Exception { settings = emptyDatabase(); }

    @AfterEach
    void closeStores() { opened.forEach(ExperimentStore::close); }

    ExperimentStore open() { return open(Clock.systemUTC(), new IdSource()); }

    ExperimentStore open(Clock clock, Supplier<String> ids) {
        var store = new JdbcExperimentStore(settings, clock, ids);
        opened.add(store);
        return store;
    }

    @Test
    void aSavedExperimentIsFoundWithTheSameFields() {
        var store = open();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var saved = store.save("  Flower, tanh, 4 units ", "Compare with relu.", QUERY, SavedExperiment.LAB);
        Instant after = Instant.now();
        assertEquals("Flower, tanh, 4 units", saved.title());
        assertEquals(Optional.of(saved), store.find(saved.id()));
        var found = store.find(saved.id()).orElseThrow();
        assertEquals(QUERY, found.query());
        assertEquals("Compare with relu.", found.note());
        assertEquals(SavedExperiment.LAB, found.kind());
        assertTrue(!found.createdAt().isBefore(before) && !found.createdAt().isAfter(after),
                "createdAt " + found.createdAt() + " is the moment of the save, between " + before + " and " + after);
    }

    @Test
    void aComparisonKeepsItsKindAndVary() {
        var store = open();
        String query = QUERY + "&vary=hidden:1,2,3,4,5,20,50";
        var saved = store.save("Hidden sizes", null, query, SavedExperiment.COMPARE);
        var found = store.find(saved.id()).orElseThrow();
        assertEquals(SavedExperiment.COMPARE, found.kind());
        assertEquals(query, found.query());
        assertEquals("", found.note());
    }

    @Test
    void recentIsNewestFirstAndLimited() {
        var clock = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(1));
        var store = open(clock, new IdSource());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(store.save("run " + i, "", QUERY, SavedExperiment.LAB).id());
        List<String> recent = store.recent(3).stream().map(SavedExperiment::id).toList();
        assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2)), recent);
        assertEquals(5, store.recent(100).size());
        assertEquals(List.of(), store.recent(0));
        assertThrows(IllegalArgumentException.class, () -> store.recent(-1));
    }

    @Test
    void idsAreDistinctShortAndUrlSafeOverAThousandSaves() {
        var store = open();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) ids.add(store.save("run " + i, "", QUERY, SavedExperiment.LAB).id());
        assertEquals(1000, ids.size());
        for (String id : ids) {
            assertTrue(id.matches("[2-9a-km-np-zA-HJ-NP-Z]{10}"), id);
            assertTrue(IdSource.isWellFormed(id), id);
        }
    }

    @Test
    void savesFromManyThreadsAtOnceAllLand() throws Exception {
        var store = open();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<SavedExperiment>> saves = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String title = "parallel " + i;
                saves.add(pool.submit(() -> store.save(title, "", QUERY, SavedExperiment.LAB)));
            }
            for (var save : saves) {
                var saved = save.get();
                assertEquals(Optional.of(saved), store.find(saved.id()));
            }
            assertEquals(200, store.recent(1000).size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aClashingIdIsRetriedWithAFreshOne() {
        Iterator<String> ids = List.of("aaaaaaaaaa", "aaaaaaaaaa", "bbbbbbbbbb").iterator();
        var store = open(Clock.systemUTC(), ids::next);
        var first = store.save("first", "", QUERY, SavedExperiment.LAB);
        var second = store.save("second", "", QUERY, SavedExperiment.LAB);
        assertEquals("aaaaaaaaaa", first.id());
        assertEquals("bbbbbbbbbb", second.id());
        assertEquals("first", store.find("aaaaaaaaaa").orElseThrow().title());
    }

    @Test
    void aMissingTitleIsRefusedNamingTheField() {
        var store = open();
        for (String title : new String[] {null, "", "   \n\t"}) {
            var e = assertThrows(InvalidSaveException.class, () -> store.save(title, "", QUERY, SavedExperiment.LAB));
            assertEquals(Set.of("title"), e.errors().keySet());
        }
        assertEquals(List.of(), store.recent(10));
    }

    @Test
    void aTitleOverA120CharactersIsRefusedAfterTrimming() {
        var store = open();
        var e = assertThrows(InvalidSaveException.class,
                () -> store.save("t".repeat(121), "", QUERY, SavedExperiment.LAB));
        assertEquals(Set.of("title"), e.errors().keySet());
        var saved = store.save("  " + "t".repeat(120) + "  ", "", QUERY, SavedExperiment.LAB);
        assertEquals(120, store.find(saved.id()).orElseThrow().title().length());
    }

    @Test
    void aNoteOver2000CharactersIsRefused() {
        var store = open();
        var e = assertThrows(InvalidSaveException.class,
                () -> store.save("title", "n".repeat(2001), QUERY, SavedExperiment.LAB));
        assertEquals(Set.of("note"), e.errors().keySet());
        var saved = store.save("title", "n".repeat(2000), QUERY, SavedExperiment.LAB);
        assertEquals(2000, store.find(saved.id()).orElseThrow().note().length());
    }

    @Test
    void aMissingOrOverlongQueryIsRefused() {
        var store = open();
        var empty = assertThrows(InvalidSaveException.class, () -> store.save("t", "", " ", SavedExperiment.LAB));
        assertEquals(Set.of("query"), empty.errors().keySet());
        String longQuery = "dataset=flower&x=" + "9".repeat(2000);
        var tooLong = assertThrows(InvalidSaveException.class, () -> store.save("t", "", longQuery, SavedExperiment.LAB));
        assertEquals(Set.of("query"), tooLong.errors().keySet());
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        var e = assertThrows(InvalidSaveException.class,
                () -> open().save(" ", "n".repeat(2001), "", SavedExperiment.LAB));
        assertEquals(List.of("title", "note", "query"), List.copyOf(e.errors().keySet()));
        e.errors().values().forEach(message -> assertNotEquals("", message));
    }

    @Test
    void anUnknownKindIsTheCallersMistake() {
        assertThrows(IllegalArgumentException.class, () -> open().save("t", "", QUERY, "notebook"));
    }

    @Test
    void anUnknownIdFindsNothing() {
        var store = open();
        store.save("something", "", QUERY, SavedExperiment.LAB);
        assertEquals(Optional.empty(), store.find("zzzzzzzzzz"));
        assertEquals(Optional.empty(), store.find("short"));
        assertEquals(Optional.empty(), store.find("' OR 1=1 --"));
        assertEquals(Optional.empty(), store.find(null));
    }

    @Test
    void userTextIsStoredVerbatim() {
        var store = open();
        String title = "<script>alert('x')</script> & \"quotes\" – ünïcödé ✓";
        String note = "line 1\n<b>bold?</b> &amp; ' ; DROP TABLE saved_experiment; --\n\tindented 🧪";
        String query = "dataset=flower&title=%3Cscript%3E&note=a+b";
        var saved = store.save(title, note, query, SavedExperiment.LAB);
        var found = store.find(saved.id()).orElseThrow();
        assertEquals(title, found.title());
        assertEquals(note, found.note());
        assertEquals(query, found.query());
    }

    @Test
    void savesOutliveTheStoreAndReopeningKeepsTheSchema() throws Exception {
        var saved = open().save("kept", "", QUERY, SavedExperiment.LAB);
        opened.forEach(ExperimentStore::close);
        var reopened = open();
        assertEquals(Optional.of(saved), reopened.find(saved.id()));
        try (var c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            assertEquals(Schema.STEPS.size(), Schema.version(c));
        }
    }

    @Test
    void aClosedStoreRefusesWork() {
        var store = open();
        store.close();
        // A store failure (answered 503 by the web layer), not a bug (500): a stopping server closes its store.
        assertThrows(StoreException.class, () -> store.recent(1));
    }

    /** A clock that moves on by {@code step} each time it is read, so saves have distinct times. */
    static final class SteppingClock extends Clock {
        private Instant next;
        private final Duration step;

        SteppingClock(Instant start, Duration step) { this.next = start; this.step = step; }

        @Override public synchronized Instant instant() { Instant now = next; next = next.plus(step); return now; }
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { throw new UnsupportedOperationException(); }
    }
}
