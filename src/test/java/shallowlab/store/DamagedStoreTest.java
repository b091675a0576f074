package shallowlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shallowlab.RunningApp;
import shallowlab.Settings;

/**
 * A damaged embedded file — truncated, emptied, or gone while the saves it answered are counted beside it — is
 * reported at start-up and not opened: H2 alone would open a truncated file at an older state and make a new, empty
 * database of a zero-length or missing one, silently. The file is left exactly as found, for a restore.
 */
class DamagedStoreTest {
    @TempDir
    Path dir;

    private Path file() { return dir.resolve(StoreSettings.H2_FILE + ".mv.db"); }

    /** 23 saves in a store that is then closed; their ids. */
    private List<String> saveAndClose() {
        List<String> ids = new ArrayList<>();
        try (var store = JdbcExperimentStore.open(StoreSettings.h2(dir))) {
            for (int i = 0; i < 23; i++) {
                ids.add(store.save("Lesson " + i, "a note long enough to fill some pages ".repeat(20),
                        ExperimentStoreContract.QUERY, SavedExperiment.LAB).id());
            }
        }
        return ids;
    }

    private static String damage(ExperimentStore store) {
        assertInstanceOf(UnavailableStore.class, store, "a damaged file must not be opened as a store");
        return assertThrows(StoreException.class, store::ping).getMessage();
    }

    @Test
    void aHealthyFileReopensWithEverySave() {
        List<String> ids = saveAndClose();
        try (var store = ExperimentStore.openOrUnavailable(StoreSettings.h2(dir), 10)) {
            for (String id : ids) assertTrue(store.find(id).isPresent(), id);
        }
    }

    /**
     * Cut at a half, a quarter, ... of its length, the file either opens with every save it answered or is reported
     * damaged and left as it was: never fewer saves, silently. (Where the cut falls only on space H2 no longer uses,
     * nothing is lost; where H2 can read the cut file but not open it for writing, it is refused as it would be
     * for any other opening failure.) At least one cut must be named damage.
     */
    @Test
    void aTruncatedFileIsReportedDamagedAndLeftAsItWasOrHoldsEverySave() throws Exception {
        List<String> ids = saveAndClose();
        byte[] whole = Files.readAllBytes(file());
        byte[] counts = Files.readAllBytes(dir.resolve(Acknowledged.FILE));
        int damaged = 0;
        for (int divisor = 2; divisor <= 64; divisor *= 2) {
            Files.write(file(), java.util.Arrays.copyOf(whole, whole.length / divisor));
            Files.write(dir.resolve(Acknowledged.FILE), counts);
            byte[] cut = Files.readAllBytes(file());
            try (var store = ExperimentStore.openOrUnavailable(StoreSettings.h2(dir), 10)) {
                if (store instanceof UnavailableStore) {
                    if (damage(store).contains("damaged")) damaged++;
                    assertTrue(java.util.Arrays.equals(cut, Files.readAllBytes(file())), "the damaged file was changed");
                } else {
                    for (String id : ids) assertTrue(store.find(id).isPresent(), "cut to 1/" + divisor + ": lost " + id);
                }
            }
        }
        assertTrue(damaged > 0, "no cut of the file was seen as damage");
    }

    @Test
    void aZeroLengthFileIsReportedDamagedEvenWithoutTheCounts() throws Exception {
        saveAndClose();
        Files.write(file(), new byte[0]);
        Files.delete(dir.resolve(Acknowledged.FILE));
        String message = damage(ExperimentStore.openOrUnavailable(StoreSettings.h2(dir), 10));
        assertTrue(message.contains("is empty (0 bytes)"), message);
        assertEquals(0, Files.size(file()), "H2 must not have made a new database of it");
    }

    @Test
    void aMissingFileWhoseSavesWereAnsweredIsReportedNotRecreated() throws Exception {
        saveAndClose();
        Files.delete(file());
        String message = damage(ExperimentStore.openOrUnavailable(StoreSettings.h2(dir), 10));
        assertTrue(message.contains("is missing, but the server had answered 23 saves"), message);
        assertTrue(!Files.exists(file()), "no new, empty database in its place");
    }

    @Test
    void anOlderCopyThanWhatWasAnsweredIsReported() throws Exception {
        try (var store = JdbcExperimentStore.open(StoreSettings.h2(dir))) {
            store.save("First", "", ExperimentStoreContract.QUERY, SavedExperiment.LAB);
        }
        Path copy = dir.resolveSibling(dir.getFileName() + "-backup.mv.db");
        Files.copy(file(), copy);
        try (var store = JdbcExperimentStore.open(StoreSettings.h2(dir))) {
            store.save("Second", "", ExperimentStoreContract.QUERY, SavedExperiment.LAB);
        }
        Files.copy(copy, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String message = damage(ExperimentStore.openOrUnavailable(StoreSettings.h2(dir), 10));
        assertTrue(message.contains("holds 1 saves and 0 datasets, but the server had answered 2 saves"), message);
    }

    @Test
    void readinessSaysTheStoreIsDamaged() throws Exception {
        saveAndClose();
        Files.write(file(), new byte[0]);
        try (var app = new RunningApp(Settings.defaults().withStore(StoreSettings.h2(dir)))) {
            var ready = app.get("/health/ready");
            assertEquals(503, ready.status());
            assertTrue(ready.body().contains("\"store\":\"saved experiments are unavailable on this server: damaged:"),
                    ready.body());
            assertEquals(503, app.get("/api/saved/abcdefghij").status(), "saves say why they can't be served");
        }
    }
}
