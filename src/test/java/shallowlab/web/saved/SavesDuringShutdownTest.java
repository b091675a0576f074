package shallowlab.web.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shallowlab.ChildApp;

/**
 * SIGTERM while eight clients save: the server stops taking connections, answers what it had taken, and only then
 * closes the store, so no save gets a 5xx ("database is already closed") and every save answered 201 is there
 * after a restart. H2's own shutdown hook would close the database while requests still run; the app turns it off.
 */
class SavesDuringShutdownTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void savesUnderWayWhenTheServerIsToldToStopGetNoServerError(@TempDir Path data) throws Exception {
        var environment = new HashMap<>(ConcurrentSaves.UNLIMITED);
        environment.put("DATA_DIR", data.toString());
        int port = ChildApp.freePort();
        Process app = ChildApp.start(port, environment);
        List<String> answered;
        ConcurrentSaves saves;
        try {
            saves = new ConcurrentSaves(port).start(8);
            saves.awaitAnswered(100);
            app.destroy();
            answered = saves.awaitGone();
            assertTrue(app.waitFor(60, TimeUnit.SECONDS), "the server exits after the last answer");
        } finally {
            app.destroyForcibly().waitFor();
        }
        var serverErrors = new HashMap<Integer, Integer>();
        saves.statuses().forEach((status, count) -> { if (status >= 500) serverErrors.put(status, count.get()); });
        assertEquals(Map.of(), serverErrors, "statuses seen: " + saves.statuses());
        Process again = ChildApp.start(port, environment);
        try {
            var lost = new ArrayList<String>();
            for (String id : answered) {
                var found = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/saved/" + id))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (found.statusCode() != 200) lost.add(id);
            }
            assertEquals(List.of(), lost, "of " + answered.size() + " saves answered before SIGTERM");
        } finally {
            again.destroyForcibly().waitFor();
        }
    }
}
