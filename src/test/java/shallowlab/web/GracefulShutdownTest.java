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
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shallowlab.ChildApp;

/**
 * SIGTERM while a training runs: the server finishes that request, then exits. The test sends SIGTERM only once
 * /health reports the training running; the run (1000 points × 65 parameters × 7500 iterations ≈ 4.9e8, a quarter
 * of the default work cap of 2e9) takes seconds, so it is still running when the signal lands milliseconds later.
 */
class GracefulShutdownTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern RUNNING = Pattern.compile("\"running\":(\\d+)");

    @Test
    void aRequestUnderWayWhenTheServerIsToldToStopStillGetsItsAnswer(@TempDir Path data) throws Exception {
        int port = ChildApp.freePort();
        Process app = ChildApp.start(port, Map.of("DATA_DIR", data.toString()));
        try {
            var slow = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/experiment?points=1000&hidden=16&iterations=7500")).build();
            CompletableFuture<HttpResponse<String>> answer = HTTP.sendAsync(slow, HttpResponse.BodyHandlers.ofString());
            awaitTrainingRunning(port, answer);
            app.destroy();
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.body());
            String body = response.body();
            assertTrue(body.contains("\"final\""), "the whole run came back: " + body.length() + " chars, "
                    + response.headers().map() + ", starting " + body.substring(0, Math.min(300, body.length())));
            assertTrue(app.waitFor(60, TimeUnit.SECONDS), "the server exits after the last answer");
        } finally {
            app.destroyForcibly();
        }
    }

    /** Polls /health until it reports a training running; fails if the answer comes back first. */
    static void awaitTrainingRunning(int port, CompletableFuture<?> answer) throws Exception {
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build();
        while (!answer.isDone()) {
            String body = HTTP.send(health, HttpResponse.BodyHandlers.ofString()).body();
            Matcher running = RUNNING.matcher(body);
            assertTrue(running.find(), "/health reports the trainings: " + body);
            if (Integer.parseInt(running.group(1)) >= 1) return;
            try {
                answer.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillTraining) {
                // not answered yet: ask /health again
            }
        }
        throw new AssertionError("the run was answered before /health reported it running: " + answer.get());
    }
}
