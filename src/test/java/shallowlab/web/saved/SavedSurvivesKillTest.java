package shallowlab.web.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shallowlab.ChildApp;

/**
 * A save the server answered survives the server being killed (SIGKILL, no shutdown) right after: the app runs
 * in a child JVM, is killed as soon as the save is answered, restarted on the same database, and the short link
 * still works. Then the same with eight clients saving at once and the kill landing after a random number of
 * answers, whatever the server was doing, four kills in a row: after each restart every save answered 201 so far
 * must be found. On the embedded H2, and on PostgreSQL when TEST_POSTGRES_URL is set.
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

    @Test
    void everySaveAnsweredAmongConcurrentOnesSurvivesAKillAtAnArbitraryMoment(@TempDir java.nio.file.Path dir)
            throws Exception {
        killDuringConcurrentSavesThenReopen(Map.of("DATA_DIR", dir.toString()));
    }

    @Test
    void everySaveAnsweredAmongConcurrentOnesSurvivesAKillOnPostgres() throws Exception {
        String url = System.getenv("TEST_POSTGRES_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null, "TEST_POSTGRES_URL is not set");
        killDuringConcurrentSavesThenReopen(Map.of("JDBC_DATABASE_URL", url));
    }

    /** Kills this many times, each after a random number of answers, checking every save answered so far. */
    static final int KILLS = 4;

    static void killDuringConcurrentSavesThenReopen(Map<String, String> database) throws Exception {
        var environment = new java.util.HashMap<>(database);
        environment.putAll(ConcurrentSaves.UNLIMITED);
        int port = ChildApp.freePort();
        var random = new java.util.Random();
        var answered = new java.util.ArrayList<String>();
        Process server = ChildApp.start(port, environment);
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                int after = 50 + random.nextInt(400);
                var saves = new ConcurrentSaves(port).start(8);
                saves.awaitAnswered(after);
                server.destroyForcibly();
                answered.addAll(saves.awaitGone());
                server.waitFor();
                server = ChildApp.start(port, environment);
                var lost = new java.util.ArrayList<String>();
                for (String id : answered) {
                    var found = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/saved/"
                            + id)).build(), HttpResponse.BodyHandlers.discarding());
                    if (found.statusCode() != 200) lost.add(id);
                }
                assertEquals(java.util.List.of(), lost, "after kill " + kill + " (at " + after + " answers or more), of "
                        + answered.size() + " saves answered before the kills");
            }
        } finally {
            server.destroyForcibly().waitFor();
        }
    }

    static void killAfterSaveThenReopen(Map<String, String> database) throws Exception {
        int port = ChildApp.freePort();
        Process first = ChildApp.start(port, database);
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
        Process second = ChildApp.start(port, database);
        try {
            var page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Survives"));
        } finally {
            second.destroyForcibly().waitFor();
        }
    }
}
