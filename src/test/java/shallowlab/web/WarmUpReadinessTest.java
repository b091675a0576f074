package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import shallowlab.ChildApp;
import shallowlab.guide.Guide;
import shallowlab.guide.Guides;

/**
 * The app's own main with its warm-up: {@code /health/ready} answers 200 only after the warm-up has asked for every
 * guide page (so their trials are trained before the first reader), as the request log, in order, shows.
 */
class WarmUpReadinessTest {
    static final long GUARD_SECONDS = 600;

    @Test
    void readyComesAfterTheWarmUpHasServedEveryGuidePage() throws Exception {
        int port = ChildApp.freePort();
        Path log = Files.createTempFile("shallowlab-warm-up", ".log");
        Process child = ChildApp.start(port, Map.of("WARM_UP", "1", "DATA_DIR",
                Files.createTempDirectory("shallowlab-data").toString(),
                "JAVA_TOOL_OPTIONS", "-Dorg.slf4j.simpleLogger.log.requests=info"), log);
        try {
            awaitReady(child, port);
        } finally {
            child.destroy();
            child.waitFor();
        }
        String lines = Files.readString(log);
        int ready = lines.indexOf("path=/health/ready status=200");
        assertTrue(ready > 0, lines);
        for (Guide guide : Guides.ALL) {
            int served = lines.indexOf("path=/learn/" + guide.slug() + " status=200");
            assertTrue(served >= 0 && served < ready, guide.slug() + " served by the warm-up before ready:\n" + lines);
        }
    }

    /** Asks /health/ready until it answers 200; the pause between asks is the child's own waitFor (a hang guard). */
    static void awaitReady(Process child, int port) throws Exception {
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build();
        long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            assertTrue(child.isAlive() && System.nanoTime() < guard, "the app did not become ready");
            child.waitFor(200, TimeUnit.MILLISECONDS);
        }
    }
}
