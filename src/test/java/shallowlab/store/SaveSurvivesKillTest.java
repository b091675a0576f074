package shallowlab.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that was answered is on disk: another JVM saves, says so, and is killed at once (SIGKILL, no shutdown
 * hooks); the experiment must then be found. Without H2's {@code WRITE_DELAY=0} the H2 case fails.
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
