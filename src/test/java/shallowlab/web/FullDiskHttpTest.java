package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.store.StoreSettings;

/**
 * A save or an upload on a full disk: the real app on a real H2 database whose file writes fail as the kernel's do
 * on a full disk ({@link FullDiskFileSystem}). The answer is 503 {"errors": {"store": "storage full"}}, not a 500,
 * and /health/ready says "storage full".
 */
class FullDiskHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    RunningApp app;

    @BeforeEach
    void start() throws Exception {
        FullDiskFileSystem.register();
        FullDiskFileSystem.full = false;
        Path dir = Files.createTempDirectory("shallowlab-full-disk");
        var store = new StoreSettings("jdbc:h2:fulldisk:" + dir.resolve("shallowlab") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        app = new RunningApp(Settings.defaults().withStore(store));
    }

    @AfterEach
    void stop() {
        FullDiskFileSystem.full = false;
        app.close();
    }

    @Test
    void aSaveOnAFullDiskIs503StorageFullAndReadinessSaysSo() throws Exception {
        var before = app.postJson("/api/saved", "{\"title\": \"before\", \"link\": \"/?iterations=30\"}");
        assertEquals(201, before.status(), "the disk takes writes until it is full: " + before.body());
        assertEquals(200, app.get("/health/ready").status());

        FullDiskFileSystem.full = true;
        var save = app.postJson("/api/saved", "{\"title\": \"after\", \"link\": \"/?iterations=31\"}");
        assertEquals(503, save.status(), save.body());
        assertEquals("storage full", JSON.readTree(save.body()).path("errors").path("store").asText(), save.body());
        assertEquals(CachePolicy.PRIVATE, save.header("Cache-Control"));

        var ready = app.get("/health/ready");
        assertEquals(503, ready.status(), ready.body());
        JsonNode reasons = JSON.readTree(ready.body()).path("reasons");
        assertTrue(reasons.path("store").asText().startsWith("storage full"), ready.body());
        assertEquals(200, app.get("/health").status(), "alive all the same: pages and runs need no disk");
        assertEquals(200, app.get("/api/experiment?iterations=30").status(), "runs are still served");
    }

    /** Once the operator frees the disk, saves are taken again without a restart, and none answered is lost. */
    @Test
    void onceTheDiskHasRoomAgainSavesAreTakenWithoutARestart() throws Exception {
        var before = app.postJson("/api/saved", "{\"title\": \"before\", \"link\": \"/?iterations=30\"}");
        assertEquals(201, before.status(), before.body());
        FullDiskFileSystem.full = true;
        assertEquals(503, app.postJson("/api/saved", "{\"title\": \"full\", \"link\": \"/?iterations=31\"}").status());
        FullDiskFileSystem.full = false;
        var after = app.postJson("/api/saved", "{\"title\": \"after\", \"link\": \"/?iterations=32\"}");
        assertEquals(201, after.status(), "the disk has room again: " + after.body());
        String id = JSON.readTree(before.body()).path("id").asText();
        assertEquals(200, app.get("/api/saved/" + id).status(), "the save answered before the disk filled is there");
    }

    @Test
    void anUploadOnAFullDiskIs503StorageFull() throws Exception {
        FullDiskFileSystem.full = true;
        var upload = app.post("/api/datasets", "text/csv", "x1,x2,label\n0.1,0.2,0\n0.3,0.4,1\n0.5,0.1,0\n0.2,0.9,1\n0.7,0.3,0\n0.6,0.8,1\n");
        assertEquals(503, upload.status(), upload.body());
        assertEquals("storage full", JSON.readTree(upload.body()).path("errors").path("store").asText(), upload.body());
    }

    @Test
    void aFormSaveOnAFullDiskIsAPageSaying503() {
        FullDiskFileSystem.full = true;
        var save = app.postForm("/x", "title=t&link=%2F%3Fiterations%3D32", app.base());
        assertEquals(503, save.status(), save.body());
        assertTrue(save.body().contains("storage full"), save.body());
    }
}
