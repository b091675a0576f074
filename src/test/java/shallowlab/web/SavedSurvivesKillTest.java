package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shallowlab.App;

/**
 * A save the server answered survives the server being killed (SIGKILL, no shutdown) right after: the app runs
 * in a child JVM, is killed as soon as the save is answered, restarted on the same database, and the short link
 * still works. On the embedded H2, and on PostgreSQL when TEST_POSTGRES_URL is set.
 */
class SavedSurvivesKillTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void onTheEmbeddedDatabase(@TempDir java.nio.file.Path dir) throws Exception {
        killAfterSaveThenReopen(Map.of("DATA_DIR", dir.toString()));
    }

    @Test
    void onPostgres() throws Exception {
        String url = System.getenv("TEST_POSTGRES_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null, "TEST_POSTGRES_URL is not set");
        killAfterSaveThenReopen(Map.of("JDBC_DATABASE_URL", url));
    }

    static void killAfterSaveThenReopen(Map<String, String> database) throws Exception {
        int port = freePort();
        Process first = start(port, database);
        String location;
        try {
            var saved = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/x"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("title=Survives&link=%2F%3Fiterations%3D5")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(303, saved.statusCode(), saved.body());
            location = saved.headers().firstValue("Location").orElseThrow();
        } finally {
            first.destroyForcibly().waitFor();
        }
        Process second = start(port, database);
        try {
            var page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Survives"));
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    /** The app's main in a child JVM with this test's classpath, answering /health on {@code port}. */
    static Process start(int port, Map<String, String> database) throws Exception {
        var command = List.of(System.getProperty("java.home") + "/bin/java", "--add-modules=jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), App.class.getName());
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("shallowlab-child", ".log").toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().putAll(database);
        Process process = builder.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                var health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) return process;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the app did not start on port " + port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
