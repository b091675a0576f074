package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shallowlab.ChildApp;

/** SIGTERM while a training runs: the server finishes that request, then exits. */
class GracefulShutdownTest {
    @Test
    void aRequestUnderWayWhenTheServerIsToldToStopStillGetsItsAnswer(@TempDir Path data) throws Exception {
        int port = ChildApp.freePort();
        Process app = ChildApp.start(port, Map.of("DATA_DIR", data.toString()));
        try {
            var slow = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/experiment?points=1000&hidden=16&iterations=4000")).build();
            CompletableFuture<HttpResponse<String>> answer =
                    HttpClient.newHttpClient().sendAsync(slow, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            assertTrue(!answer.isDone(), "the training is still running when the server is told to stop");
            app.destroy();
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("\"final\""), "the whole run came back");
            assertTrue(app.waitFor(60, TimeUnit.SECONDS), "the server exits after the last answer");
        } finally {
            app.destroyForcibly();
        }
    }
}
