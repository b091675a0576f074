package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.experiment.RunLimits;

/**
 * Hundreds of malformed and extreme queries, seeded so a failure replays, to every endpoint: none may answer 5xx
 * or hang (a request with no answer before the socket's read guard counts as status -1). The server's work cap
 * is small so that valid runs stay quick.
 */
class FuzzHttpTest {
    static final String[] PATHS = {"/", "/api/experiment", "/api/experiment.csv", "/health", "/compare",
        "/api/compare", "/learn", "/learn/zero-init", "/learn/%2e%2e", "/x/abc", "/x/" + "a".repeat(300),
        "/static/../pom.xml", "/webjars/chart.js/../../../etc/passwd", "/nothing-here"};
    static final String[] KEYS = {"dataset", "points", "noise", "testFraction", "dataSeed", "hidden", "activation",
        "leak", "learningRate", "init", "initScale", "initSeed", "iterations", "vary", "static", "title", "", "x",
        "points[]", "__proto__"};
    static final String[] VALUES = {"", " ", "0", "-0", "1", "2", "-1", "0.5", "1e309", "-1e309", "1e-320", "NaN",
        "Infinity", "-Infinity", "0x10", "1_000", "99999999999999999999999", "4294967295", "4294967296", "2000",
        "2001", "1,2,3,4,5,6,7", "64,64,64,64,64,64", "4,,4", ",", "4,-3", "tanh", "relu", "TANH", "flower",
        "spiral", "zeros", "he", "<script>alert(1)</script>", "\"'><img src=x>", "ü∑😀", "\u0000", "%", "%%",
        "hidden:1,2,3", "activation:sigmoid,tanh", "learningRate:0,1", "points:21,22", "hidden:" + "4|".repeat(20),
        "x".repeat(3000)};
    /** Past this, a request with no answer is taken to hang: a guard, far above any valid run's time. */
    static final int HANG_GUARD_MILLIS = 60_000;
    static RunningApp app;

    @BeforeAll
    static void start() {
        app = new RunningApp(Settings.defaults().withLimits(new RunLimits(3_000_000, 5, 2, 64, 20, 1e6, 1_000_000)));
    }

    @AfterAll
    static void stop() { app.close(); }

    static String query(Random random) {
        List<String> pairs = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String key = KEYS[random.nextInt(KEYS.length)];
            String value = random.nextInt(10) == 0 ? Double.toString(random.nextGaussian() * 1e3)
                    : VALUES[random.nextInt(VALUES.length)];
            pairs.add(encode(key) + "=" + encode(value));
        }
        if (random.nextInt(20) == 0) pairs.add("points=%zz");
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** The status of a GET sent byte for byte as given (a JDK client refuses malformed targets). */
    static int rawStatus(String target) {
        return rawRequest("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** The status of a POST of {@code body} with the given content type, sent byte for byte. */
    static int rawPost(String target, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return rawRequest("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body);
    }

    private static int rawRequest(String request) {
        try (Socket socket = new Socket("localhost", Integer.parseInt(app.base().replaceAll(".*:", "")))) {
            socket.setSoTimeout(HANG_GUARD_MILLIS);
            var out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Test
    void noMalformedOrOversizedSaveGetsA5xx() {
        Random random = new Random(7);
        String[] types = {"application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data"};
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String body = switch (random.nextInt(6)) {
                case 0 -> "{\"title\": \"" + VALUES[random.nextInt(VALUES.length)] + "\", \"link\": \"/\"}";
                case 1 -> "title=" + encode(VALUES[random.nextInt(VALUES.length)]) + "&link=" + encode(VALUES[random.nextInt(VALUES.length)]);
                case 2 -> "{\"title\": [1, 2], \"note\": {}, \"link\": 3}";
                case 3 -> "x".repeat(70_000);
                case 4 -> "[\"not\", \"an object\"]";
                default -> VALUES[random.nextInt(VALUES.length)];
            };
            String target = random.nextBoolean() ? "/x" : "/api/saved";
            int status = rawPost(target, types[random.nextInt(types.length)], body);
            if (status >= 500 || status < 0) failures.add(status + ": POST " + target + " " + body.substring(0, Math.min(80, body.length())));
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.subList(0, Math.min(5, failures.size())));
    }

    @Test
    void noMalformedOrExtremeQueryGetsA5xxOrHangs() {
        Random random = new Random(20261123);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String request = PATHS[random.nextInt(PATHS.length)] + query(random);
            int status = rawStatus(request);
            if (status >= 500 || status < 0) failures.add(status + ": " + request);
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.subList(0, Math.min(5, failures.size())));
    }
}
