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

/** The request log of the app's own main, behind one trusted proxy, with a forged X-Forwarded-For entry. */
class RequestLogChildTest {
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
