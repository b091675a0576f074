package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.experiment.ExperimentRunner;
import shallowlab.store.StoreSettings;

/** Degraded, not down: a store that can't open leaves every other page working; readiness says why. */
class DegradedHttpTest {
    /** H2 asked to put its database inside a regular file: it cannot open. */
    static Settings brokenStoreAt(Path notADirectory) { return Settings.defaults().withStore(StoreSettings.h2(notADirectory)); }

    @Test
    void whenTheStoreCannotOpenTheAppStartsAndOnlySavingSaysWhy() throws Exception {
        try (var app = new RunningApp(brokenStoreAt(Files.createTempFile("shallowlab-not-a-dir", ".txt")))) {
            for (String page : new String[] {"/", "/?iterations=5", "/api/experiment?iterations=5", "/compare",
                    "/api/compare?iterations=5&vary=hidden:1,2", "/learn", "/health"}) {
                assertEquals(200, app.get(page).status(), page);
            }
            var save = app.postJson("/api/saved", "{\"title\": \"t\", \"link\": \"/?iterations=5\"}");
            assertEquals(503, save.status(), save.body());
            assertTrue(save.body().contains("\"store\"") && save.body().contains("unavailable"), save.body());
            var form = app.postForm("/x", "title=t&link=%2F%3Fiterations%3D5", null);
            assertEquals(503, form.status());
            assertTrue(form.body().contains("saved experiments are unavailable"), "the page says why");
            var ready = app.get("/health/ready");
            assertEquals(503, ready.status());
            assertTrue(ready.body().contains("\"store\":\"saved experiments are unavailable"), ready.body());

        }
    }

    /**
     * A damaged store's message names its file; the public (the API, pages, readiness) read the file's name, not the
     * server's folders, which the log keeps for the host.
     */
    @Test
    void aDamagedStoreIsExplainedWithoutTheServersFolders() throws Exception {
        Path dir = Files.createTempDirectory("shallowlab-damaged");
        try (var app = new RunningApp(Settings.defaults().withStore(StoreSettings.h2(dir)))) {
            assertEquals(201, app.postJson("/api/saved", "{\"title\": \"t\", \"link\": \"/?iterations=5\"}").status());
        }
        Files.delete(dir.resolve("shallowlab.mv.db"));
        try (var app = new RunningApp(Settings.defaults().withStore(StoreSettings.h2(dir)))) {
            var save = app.postJson("/api/saved", "{\"title\": \"t\", \"link\": \"/?iterations=5\"}");
            var ready = app.get("/health/ready");
            assertEquals(503, save.status(), save.body());
            assertTrue(save.body().contains("the database file shallowlab.mv.db is missing"), save.body());
            for (String body : new String[] {save.body(), ready.body(), app.get("/saved").body()}) {
                assertFalse(body.contains(dir.toString()), "the server's folders are the host's, in its log: " + body);
            }
        }
    }

    @Test
    void readyOnceTheStoreAnswersAndTheWarmUpIsDone() {
        Readiness readiness = Readiness.afterWarmUp();
        try (var app = new RunningApp(Settings.defaults(), new ExperimentRunner(), readiness)) {
            var warming = app.get("/health/ready");
            assertEquals(503, warming.status());
            assertTrue(warming.body().contains("\"warmUp\"") && !warming.body().contains("\"store\""), warming.body());
            assertEquals(200, app.get("/health").status(), "alive meanwhile");
            readiness.warmedUp();
            var ready = app.get("/health/ready");
            assertEquals(200, ready.status(), ready.body());
            assertTrue(ready.body().startsWith("{\"status\":\"ready\""), ready.body());
        }
    }

    @Test
    void onAnEphemeralDiskWithoutADatabaseUrlTheSaveFormSaysSavesAreTemporary() {
        Settings dyno = Settings.fromEnvironment(Map.of("DYNO", "web.1"));
        assertTrue(dyno.savesTemporary());
        assertFalse(Settings.fromEnvironment(Map.of("DYNO", "web.1", "DATABASE_URL", "postgres://u:p@db.example/lab"))
                .savesTemporary(), "PostgreSQL keeps them");
        try (var app = new RunningApp(dyno)) {
            assertTrue(app.get("/?iterations=5").body().contains("id=\"saves-temporary\""));
        }
        try (var app = new RunningApp()) {
            assertFalse(app.get("/?iterations=5").body().contains("id=\"saves-temporary\""), "not said elsewhere");
        }
    }
}
