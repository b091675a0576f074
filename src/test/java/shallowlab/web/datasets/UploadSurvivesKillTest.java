package shallowlab.web.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shallowlab.ChildApp;
import shallowlab.data.DatasetKind;
import shallowlab.data.PointsCsv;

/**
 * An upload the server answered survives the server being killed (SIGKILL, no shutdown) right after: the app runs
 * in a child JVM, is killed as soon as the 201 arrives, restarted on the same database, and the points come back
 * and run. On the embedded H2, and on PostgreSQL when TEST_POSTGRES_URL is set.
 */
class UploadSurvivesKillTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String CSV = PointsCsv.write(DatasetKind.CIRCLES.generate(200, 0.2, 4));

    @Test
    void onTheEmbeddedDatabase(@TempDir java.nio.file.Path dir) throws Exception {
        killAfterUploadThenReopen(Map.of("DATA_DIR", dir.toString()));
    }

    @Test
    void onPostgres() throws Exception {
        String url = System.getenv("TEST_POSTGRES_URL");
        Assumptions.assumeTrue(url != null, "TEST_POSTGRES_URL is not set");
        killAfterUploadThenReopen(Map.of("JDBC_DATABASE_URL", url));
    }

    static void killAfterUploadThenReopen(Map<String, String> database) throws Exception {
        int port = ChildApp.freePort();
        String base = "http://localhost:" + port;
        Process first = ChildApp.start(port, database);
        String id;
        try {
            var uploaded = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/datasets"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(CSV)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, uploaded.statusCode(), uploaded.body());
            id = new ObjectMapper().readTree(uploaded.body()).get("id").asText();
        } finally {
            first.destroyForcibly().waitFor();
        }
        Process second = ChildApp.start(port, database);
        try {
            var back = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/datasets/" + id + ".csv")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, back.statusCode(), back.body());
            assertEquals(CSV, back.body(), "the same points, bit for bit");
            var run = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/experiment?dataset=custom:" + id
                    + "&iterations=5")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, run.statusCode(), run.body());
        } finally {
            second.destroyForcibly().waitFor();
        }
    }
}
