package shallowlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that was answered is on disk: another JVM saves, says so, and is killed at once (SIGKILL, no shutdown
 * hooks); the experiment must then be found. Then, on H2, sixteen writers saving and uploading at once, killed at
 * a random moment, five times over: after each kill every write that returned must be found. H2 alone failed this
 * about once in ten to twenty runs of one kill; the journal (DurableWrites) is what makes it pass.
 */
class SaveSurvivesKillTest {
    @TempDir
    Path dir;

    @Test
    void anAnsweredSaveSurvivesAKilledProcessOnH2() throws Exception {
        Path data = dir.resolve("data");
        String id = saveInAnotherProcessAndKillIt(data.toString());
        try (var store = JdbcExperimentStore.open(StoreSettings.h2(data))) {
            assertTrue(store.find(id).isPresent(), "saved " + id + " before the kill, gone after it");
        }
    }

    @Test
    void anAnsweredSaveSurvivesAKilledProcessOnPostgres() throws Exception {
        StoreSettings postgres = TestDatabases.postgres();
        String id = saveInAnotherProcessAndKillIt(postgres.jdbcUrl());
        try (var store = JdbcExperimentStore.open(postgres)) {
            assertTrue(store.find(id).isPresent(), "saved " + id + " before the kill, gone after it");
        }
    }

    @Test
    void everyWriteAnsweredAmongConcurrentOnesSurvivesRepeatedKillsOnH2() throws Exception {
        Path data = dir.resolve("data");
        var random = new java.util.Random();
        List<String> saves = new ArrayList<>(), datasets = new ArrayList<>();
        for (int round = 1; round <= 5; round++) {
            int killAfter = 20 + random.nextInt(600);
            List<String> lines = writeConcurrentlyAndKill(data.toString(), 16, killAfter);
            for (String line : lines) {
                if (line.startsWith("saved ")) saves.add(line.substring("saved ".length()));
                else if (line.startsWith("dataset ")) datasets.add(line.substring("dataset ".length()));
            }
            try (var store = ExperimentStore.openOrUnavailable(StoreSettings.h2(data), JdbcExperimentStore.MAX_DATASETS)) {
                assertInstanceOf(JdbcExperimentStore.class, store, "round " + round + ": the store did not open");
                List<String> lost = new ArrayList<>();
                for (String id : saves) if (store.find(id).isEmpty()) lost.add(id);
                for (String id : datasets) if (store.datasets().find(id).isEmpty()) lost.add(id);
                assertEquals(List.of(), lost, "round " + round + " (killed after " + killAfter + " answers): of "
                        + saves.size() + " saves and " + datasets.size() + " datasets answered");
            }
        }
        assertTrue(saves.size() >= 100 && !datasets.isEmpty(), saves.size() + " saves, " + datasets.size() + " datasets");
    }

    /**
     * Starts {@link SaveAndWait} with {@code writers} writers on {@code target}, kills it once {@code killAfter}
     * writes have been answered, and returns every answer it printed (those printed while it was being killed too).
     */
    private List<String> writeConcurrentlyAndKill(String target, int writers, int killAfter) throws Exception {
        Path errors = dir.resolve("child-stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SaveAndWait.class.getName(), target, Integer.toString(writers))
                .redirectError(errors.toFile())
                .start();
        var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
        var reader = new Thread(() -> {
            var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.matches("(saved [0-9A-Za-z]{10}|dataset [0-9a-f]{16})")) lines.add(line);
                }
            } catch (java.io.IOException ended) {
                // The pipe closed with the process.
            }
        });
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lines.size() < killAfter && child.isAlive() && System.nanoTime() < deadline) {
                child.waitFor(1, TimeUnit.MILLISECONDS);
            }
            assertTrue(lines.size() >= killAfter, "the child answered " + lines.size() + " writes; its stderr:\n"
                    + Files.readString(errors));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        return new ArrayList<>(lines);
    }

    /** Starts {@link SaveAndWait} on {@code target}, reads its id, kills it, and returns the id. */
    private String saveInAnotherProcessAndKillIt(String target) throws Exception {
        Path errors = dir.resolve("child-stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SaveAndWait.class.getName(), target)
                .redirectError(errors.toFile())
                .start();
        try {
            var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> firstSavedLine(out)).get(60, TimeUnit.SECONDS);
            child.destroyForcibly();
            assertTrue(line != null, "the child printed no id; its stderr:\n" + Files.readString(errors));
            return line.substring("saved ".length()).strip();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String firstSavedLine(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("saved ")) return line;
            }
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
