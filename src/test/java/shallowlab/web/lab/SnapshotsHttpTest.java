package shallowlab.web.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;

/** The run's snapshots over HTTP: each is the final parameters of the run truncated there; the pages stay light. */
class SnapshotsHttpTest extends AppTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode run(String query) throws Exception {
        var r = app.get("/api/experiment?" + query);
        assertEquals(200, r.status(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void eachSnapshotIsTheFinalParametersOfTheRunStoppedThere() throws Exception {
        JsonNode s = run("iterations=300&hidden=5,3&activation=relu&init=he").get("snapshots");
        JsonNode iterations = s.get("iterations"), parameters = s.get("parameters");
        assertEquals(0, iterations.get(0).asInt());
        assertEquals(300, iterations.get(iterations.size() - 1).asInt());
        for (int i : new int[] {1, iterations.size() / 3, iterations.size() - 1}) {
            int t = iterations.get(i).asInt();
            JsonNode truncated = run("iterations=" + t + "&hidden=5,3&activation=relu&init=he");
            assertEquals(truncated.get("parameters").get("final").toString(), parameters.get(i).toString(), "t = " + t);
        }
    }

    @Test
    void theDefaultLabPageStaysUnder120KbCompressedAndTheLargestNetworkUnder600Kb() throws Exception {
        int small = gzipped(app.get("/").body());
        assertTrue(small < 120_000, "default lab page: " + small + " bytes gzipped");
        var large = app.get("/?points=2000&hidden=64,64,64,64,64,64&iterations=40");
        assertEquals(200, large.status());
        int big = gzipped(large.body());
        assertTrue(big < 600_000, "largest network's lab page: " + big + " bytes gzipped");
    }

    static int gzipped(String text) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }
}
