package shallowlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shallowlab.data.DatasetId;
import shallowlab.data.DatasetKind;

/**
 * The embedded store and its journal: rows the journal holds and H2 lacks (as after H2 lost an answered commit to
 * kill -9) are there once the store opens, replaying twice changes nothing, a torn last record is no row, the
 * damage check counts the journal's rows as present, and settling while writers save drops no answered row.
 */
class JournalReplayTest {
    @TempDir
    Path dir;

    private Path journalFile() { return dir.resolve(Journal.FILE); }

    private static SavedExperiment experiment(String id) {
        return new SavedExperiment(id, "Replayed " + id, "a note", ExperimentStoreContract.QUERY, SavedExperiment.LAB,
                Instant.parse("2025-03-04T05:06:07.000008Z"));
    }

    /** A store with its tables and no rows, closed. */
    private void emptyStore() {
        JdbcExperimentStore.open(StoreSettings.h2(dir)).close();
    }

    private void journal(byte[]... records) throws Exception {
        try (var journal = Journal.open(journalFile())) {
            for (byte[] r : records) journal.append(r);
        }
    }

    private String acknowledgedText() throws Exception {
        return Files.readString(dir.resolve(Acknowledged.FILE), StandardCharsets.UTF_8);
    }

    @Test
    void rowsTheJournalHoldsAndTheDatabaseLacksAreThereOnceItOpens() throws Exception {
        emptyStore();
        var points = DatasetKind.CIRCLES.generate(50, 0.1, 3);
        var upload = new JournalEntry.Upload(DatasetId.of(points), points.size(), DatasetId.canonicalText(points),
                Instant.parse("2025-01-01T00:00:00Z"), "circles.csv");
        journal(new JournalEntry.Save(experiment("aaaaaaaaaa")).bytes(), upload.bytes());
        try (var store = JdbcExperimentStore.open(StoreSettings.h2(dir))) {
            assertEquals(experiment("aaaaaaaaaa"), store.find("aaaaaaaaaa").orElseThrow());
            assertEquals(DatasetId.canonicalText(points),
                    DatasetId.canonicalText(store.datasets().find(upload.id()).orElseThrow()));
            assertEquals(java.util.Optional.of("circles.csv"), store.datasets().name(upload.id()));
        }
        assertEquals(0, Files.size(journalFile()), "settled once the rows were in and H2 was shut down");
        assertEquals("saves=1\ndatasets=1\n", acknowledgedText(), "replayed rows count as answered");
    }

    @Test
    void replayingTwiceOrARowAlreadyThereChangesNothing() throws Exception {
        String kept;
        try (var store = JdbcExperimentStore.open(StoreSettings.h2(dir))) {
            kept = store.save("Kept", "", ExperimentStoreContract.QUERY, SavedExperiment.LAB).id();
        }
        byte[] keptAgain = new JournalEntry.Save(experiment(kept)).bytes();   // same id, other fields: not a new row
        byte[] fresh = new JournalEntry.Save(experiment("bbbbbbbbbb")).bytes();
        journal(keptAgain, fresh, fresh);
        byte[] journalBytes = Files.readAllBytes(journalFile());
        for (int time = 1; time <= 2; time++) {
            Files.write(journalFile(), journalBytes);   // as if killed after the replay, before the journal was emptied
            try (var store = JdbcExperimentStore.open(StoreSettings.h2(dir))) {
                assertEquals(2, store.recent(10).size(), "replay " + time);
                assertEquals("Kept", store.find(kept).orElseThrow().title(), "a row there is never replaced");
                assertTrue(store.find("bbbbbbbbbb").isPresent());
            }
        }
    }

    @Test
    void aTornLastRecordIsNoRowAndTheStoreOpens() throws Exception {
        emptyStore();
        journal(new JournalEntry.Save(experiment("cccccccccc")).bytes(),
                new JournalEntry.Save(experiment("dddddddddd")).bytes());
        byte[] all = Files.readAllBytes(journalFile());
        Files.write(journalFile(), java.util.Arrays.copyOf(all, all.length - 10));
        try (var store = JdbcExperimentStore.open(StoreSettings.h2(dir))) {
            assertTrue(store.find("cccccccccc").isPresent());
            assertTrue(store.find("dddddddddd").isEmpty(), "a torn record was never answered");
        }
    }

    /** Counts say 2 saves, H2 holds 1, the journal the other: whole. Counts saying 3: one is missing, damage. */
    @Test
    void theDamageCheckCountsTheJournalsRowsAsPresent() throws Exception {
        try (var store = JdbcExperimentStore.open(StoreSettings.h2(dir))) {
            store.save("In H2", "", ExperimentStoreContract.QUERY, SavedExperiment.LAB);
        }
        Path counts = dir.resolve(Acknowledged.FILE);
        journal(new JournalEntry.Save(experiment("eeeeeeeeee")).bytes());
        byte[] journalBytes = Files.readAllBytes(journalFile());

        Files.writeString(counts, "saves=3\ndatasets=0\n");
        var damaged = ExperimentStore.openOrUnavailable(StoreSettings.h2(dir), 10);
        assertInstanceOf(UnavailableStore.class, damaged);
        String message = assertThrows(StoreException.class, damaged::ping).getMessage();
        assertTrue(message.contains("holds 2 saves and 0 datasets, but the server had answered 3 saves"), message);
        assertEquals(journalBytes.length, Files.size(journalFile()), "a damaged store's journal is left as found");

        Files.writeString(counts, "saves=2\ndatasets=0\n");
        try (var store = ExperimentStore.openOrUnavailable(StoreSettings.h2(dir), 10)) {
            assertInstanceOf(JdbcExperimentStore.class, store);
            assertTrue(store.find("eeeeeeeeee").isPresent());
        }
    }

    @Test
    void aJournalWithoutItsDatabaseFileIsDamage() throws Exception {
        emptyStore();
        Files.delete(dir.resolve(Acknowledged.FILE));
        Files.delete(dir.resolve(StoreSettings.H2_FILE + ".mv.db"));
        journal(new JournalEntry.Save(experiment("ffffffffff")).bytes());
        var store = ExperimentStore.openOrUnavailable(StoreSettings.h2(dir), 10);
        String message = assertThrows(StoreException.class, store::ping).getMessage();
        assertTrue(message.contains("is missing, but the journal beside it holds 1 answered writes"), message);
    }

    /**
     * Eight writers save while the journal is settled every few kilobytes (H2 shut down and reopened under them):
     * every save answered is found, and the journal never holds much more than the threshold.
     */
    @Test
    void settlingWhileWritersSaveDropsNoAnsweredRow() throws Exception {
        var answered = new ConcurrentLinkedQueue<String>();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        long threshold = 4096;
        try (var store = new JdbcExperimentStore(StoreSettings.h2(dir), Clock.systemUTC(), new IdSource(),
                JdbcExperimentStore.MAX_DATASETS, threshold)) {
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                Thread t = new Thread(() -> {
                    try {
                        for (int n = 0; n < 40; n++) {
                            answered.add(store.save("Writer " + writer + " save " + n, "note", ExperimentStoreContract.QUERY,
                                    SavedExperiment.LAB).id());
                            if (n % 10 == 0) store.find(answered.peek());   // readers meet the settling too
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                t.start();
                writers.add(t);
            }
            for (Thread t : writers) t.join();
            assertEquals(List.of(), List.copyOf(failures));
            assertTrue(Files.size(journalFile()) < threshold + 8 * 1024, "journal of " + Files.size(journalFile()));
            for (String id : answered) assertTrue(store.find(id).isPresent(), id);
        }
        assertEquals(320, answered.size());
        assertEquals(0, Files.size(journalFile()), "a clean close settles");
        assertEquals("saves=320\ndatasets=0\n", acknowledgedText());
        try (var store = JdbcExperimentStore.open(StoreSettings.h2(dir))) {
            for (String id : answered) assertTrue(store.find(id).isPresent(), id);
        }
    }

    /**
     * The way out when H2 recovered a commit it never ends (its row unseen, its key held: the replay's insert is
     * refused): every row shown goes into a new file that replaces the old (kept beside it). Here on a sound file,
     * since the recovered commit can't be made on demand: every row survives the rebuild and the store goes on.
     */
    @Test
    void aRebuiltFileHoldsEveryRowAndTakesNewOnes() throws Exception {
        List<String> ids = new ArrayList<>();
        String dataset;
        try (var store = new JdbcExperimentStore(StoreSettings.h2(dir), Clock.systemUTC(), new IdSource(),
                JdbcExperimentStore.MAX_DATASETS, DurableWrites.SETTLE_BYTES)) {
            for (int i = 0; i < 5; i++) ids.add(store.save("Before " + i, "", ExperimentStoreContract.QUERY, SavedExperiment.LAB).id());
            dataset = store.datasets().save(DatasetKind.CIRCLES.generate(40, 0.1, 9));
            var before = store.find(ids.get(0)).orElseThrow();
            store.writes().rebuild();
            assertTrue(Files.exists(dir.resolve(StoreSettings.H2_FILE + ".mv.db.before-rebuild")));
            assertEquals(before, store.find(ids.get(0)).orElseThrow(), "the same row, field for field");
            for (String id : ids) assertTrue(store.find(id).isPresent(), id);
            assertTrue(store.datasets().find(dataset).isPresent());
            ids.add(store.save("After", "", ExperimentStoreContract.QUERY, SavedExperiment.LAB).id());
        }
        try (var store = ExperimentStore.openOrUnavailable(StoreSettings.h2(dir), 10)) {
            assertInstanceOf(JdbcExperimentStore.class, store);
            for (String id : ids) assertTrue(store.find(id).isPresent(), id);
            assertEquals(1, store.datasets().count());
        }
    }
}
