package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shallowlab.ChildApp;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.experiment.RunLimits;

/**
 * TRUST_PROXY=N over real HTTP, with forged headers: the client is the address N from the right of
 * X-Forwarded-For (what the trusted proxies appended), whatever the client wrote to its left; limits and the
 * request log see the same client.
 */
class ClientIdentityHttpTest {
    /** One fresh run per client, no refill to speak of. */
    static Settings behind(int proxies) {
        return Settings.defaults().withTrustedProxies(proxies)
                .withLimits(new RunLimits(Long.MAX_VALUE, 20, 2, 4, 10, 0.001, 1));
    }

    static RunningApp.Response run(RunningApp app, int seed, String forwardedFor) {
        var request = app.request("/api/experiment?iterations=5&initSeed=" + seed);
        if (forwardedFor != null) request.header("X-Forwarded-For", forwardedFor);
        return app.send(request);
    }

    @Test
    void withOneProxyTheClientIsTheLastEntryAndForgedOnesToItsLeftChangeNothing() {
        try (var app = new RunningApp(behind(1))) {
            assertEquals(200, run(app, 1, "198.51.100.1, 203.0.113.7").status());
            var forged = run(app, 2, "198.51.100.2, 203.0.113.7");
            assertEquals(429, forged.status(), "a new first entry is not a new client: " + forged.body());
            assertEquals(200, run(app, 3, "203.0.113.8").status(), "another address is another client");
        }
    }

    @Test
    void withTwoProxiesTheClientIsTheSecondFromTheRightAndAShortHeaderMeansThePeer() {
        try (var app = new RunningApp(behind(2))) {
            assertEquals(200, run(app, 1, "10.9.9.9, 203.0.113.7, 10.0.0.2").status());
            assertEquals(429, run(app, 2, "10.9.9.8, 203.0.113.7, 10.0.0.3").status(), "same client, other hops");
            assertEquals(200, run(app, 3, "203.0.113.9").status(), "one entry behind two proxies: the socket peer");
            assertEquals(429, run(app, 4, null).status(), "the socket peer again");
        }
    }

    /**
     * The app's own main in a child JVM behind one trusted proxy, its request log switched on; stopped (SIGTERM,
     * graceful) before its log is read, so every line is written.
     */
    @Test
    void theRequestLogLineHasTheTimeTheClientTheStatusAndTheBytesWritten() throws Exception {
        int port = ChildApp.freePort();
        Path log = Files.createTempFile("shallowlab-requests", ".log");
        Process child = ChildApp.start(port, Map.of("TRUST_PROXY", "1", "DATA_DIR", Files.createTempDirectory("shallowlab-data").toString(),
                "JAVA_TOOL_OPTIONS", "-Dorg.slf4j.simpleLogger.log.requests=info"), log);
        String path = "/nothing-here";
        HttpResponse<String> r;
        try {
            r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", "198.51.100.1, 203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            child.destroy();
            child.waitFor();
        }
        Matcher m = Pattern.compile("time=(\\S+) method=GET path=" + Pattern.quote(path)
                + " status=(\\d+) ms=\\d+\\.\\d client=(\\S+) bytes=(\\d+)").matcher(Files.readString(log));
        assertTrue(m.find(), Files.readString(log));
        assertTrue(m.group(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), m.group(1));
        assertEquals(String.valueOf(r.statusCode()), m.group(2));
        assertEquals("203.0.113.7", m.group(3), "the client the limits see");
        assertEquals(r.body().getBytes(StandardCharsets.UTF_8).length, Integer.parseInt(m.group(4)), "the real byte count");
        assertTrue(r.body().length() > 0);
    }
}
