package shallowlab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A fuzzer for a running server on loopback: {@code n} requests, seeded so a run replays, sent byte for byte over
 * sockets — malformed and extreme queries on every route, saves and uploads with odd content types, charsets,
 * origins and bodies, declared bodies that never arrive, hang-ups mid-request, odd methods and HTTP versions.
 * Prints the answers by status class and every 5xx (the goal is none; an unknown HTTP version's 505 is counted
 * apart, it is the right answer). A request unanswered within 20 s counts as "no answer"; a hang-up sent on
 * purpose expects none. Usage: {@code Fuzz <port> <n> <seed>}.
 */
public final class Fuzz {
    static final String[] PATHS = {"/", "/api/experiment", "/api/experiment.csv", "/api/experiment/data.csv",
        "/api/experiment/points.csv", "/api/experiment/weights.json", "/health", "/health/ready", "/compare",
        "/compare/events", "/api/compare", "/learn", "/learn/zero-init", "/learn/%2e%2e", "/x/abc", "/saved",
        "/api/saved", "/api/datasets/0123456789abcdef.csv", "/api/datasets/..%2f.csv", "/static/../pom.xml",
        "/static/js/lab.js", "/nothing-here", "/%", "/" + "a".repeat(9000)};
    static final String[] KEYS = {"dataset", "points", "noise", "testFraction", "dataSeed", "hidden", "activation",
        "leak", "learningRate", "init", "initScale", "initSeed", "iterations", "vary", "static", "", "x", "__proto__"};
    static final String[] VALUES = {"", "0", "-1", "0.5", "1e309", "NaN", "-Infinity", "0x10", "99999999999999999999",
        "2001", "1,2,3,4,5,6,7", "64,64,64,64,64,64", "4,,4", "tanh", "TANH", "custom:", "custom:0123456789abcdef",
        "custom:../../etc", "zeros", "<script>", "ü∑😀", "\u0000", "%", "hidden:1,2,3", "hidden:" + "4|".repeat(20),
        "learningRate:0,1", "x".repeat(3000)};
    static final String[] TYPES = {"application/json", "application/json; charset=utf-8", "application/json; charset=nope",
        "application/json; charset=\"", "text/csv", "text/csv; charset=latin-1", "text/csv; charset=x-unknown",
        "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=ebcdic-xx", "text/plain",
        "multipart/form-data", "multipart/form-data; boundary=", "", ";;;", "*/*", "application/octet-stream"};
    static final String[] ORIGINS = {null, "http://localhost", "http://a b", "file://", "http://[::1", "null",
        "https://evil.example", "http://localhost:1", "\u00ff\u00fe", "http://%zz", ""};
    static final String[] BODIES = {"{\"title\":\"t\",\"link\":\"/?iterations=5\"}", "title=t&link=%2F%3Fiterations%3D5",
        "x1,x2,label\n1,2,0\n3,4,1\n", "x1,x2,label\n1,2,7\n", "{", "[1,2]", "{\"title\":[1],\"link\":{}}",
        "\u00ff\u00fe\u0000", "title=%zz&link=%", "x1,x2,label\n" + "1e400,0,0\n".repeat(3)};
    static final String[] WRITES = {"/x", "/api/saved", "/api/datasets"};
    private static final int ANSWER_MILLIS = 20_000;

    private final int port;
    private final Random random;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();

    private Fuzz(int port, long seed) {
        this.port = port;
        this.random = new Random(seed);
    }

    public static void main(String[] args) {
        var fuzz = new Fuzz(Integer.parseInt(args[0]), Long.parseLong(args[2]));
        int n = Integer.parseInt(args[1]);
        for (int i = 0; i < n; i++) fuzz.one();
        System.out.println("requests: " + n + ", answers: " + fuzz.counts);
        System.out.println("5xx (505 for an unknown HTTP version aside): " + fuzz.serverErrors.size());
        fuzz.serverErrors.stream().limit(20).forEach(e -> System.out.println("  " + e));
        if (!fuzz.serverErrors.isEmpty()) System.exit(1);
    }

    private <T> T pick(T[] from) { return from[random.nextInt(from.length)]; }

    private void one() {
        switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> send("GET " + pick(PATHS) + query() + " HTTP/1.1\r\nHost: localhost\r\n", null, true);
            case 4, 5 -> post(true);
            case 6 -> post(false);                                  // declares more body than it sends, then closes
            case 7 -> hangUp();
            case 8 -> send(pick(new String[] {"DELETE", "PUT", "PATCH", "OPTIONS", "TRACE", "HEAD", "BREW"}) + " "
                    + pick(PATHS) + " HTTP/1.1\r\nHost: localhost\r\n", null, true);
            default -> send("GET " + pick(PATHS) + query() + " " + pick(new String[] {"HTTP/1.0", "HTTP/2.0", "HTTP/9.9",
                    "HTTP/1.1 x", "FOO"}) + "\r\nHost: localhost\r\n", null, true);
        }
    }

    private String query() {
        List<String> pairs = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            String value = random.nextInt(8) == 0 ? Double.toString(random.nextGaussian() * 1e3) : pick(VALUES);
            pairs.add(encode(pick(KEYS)) + "=" + (random.nextInt(15) == 0 ? "%zz" : encode(value)));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private void post(boolean whole) {
        String origin = pick(ORIGINS), type = pick(TYPES), body = pick(BODIES);
        StringBuilder head = new StringBuilder("POST " + pick(WRITES) + " HTTP/1.1\r\nHost: localhost\r\n");
        if (origin != null) head.append("Origin: ").append(origin).append("\r\n");
        if (!type.isEmpty()) head.append("Content-Type: ").append(type).append("\r\n");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        head.append("Content-Length: ").append(whole ? bytes.length : bytes.length + 1 + random.nextInt(5000)).append("\r\n");
        send(head.toString(), bytes, whole);
    }

    /** Half a request line or half the headers, then the socket closes: the server must simply let go. */
    private void hangUp() {
        String full = "POST /api/saved HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n";
        send(full.substring(0, 1 + random.nextInt(full.length() - 1)), null, false, false);
    }

    private void send(String head, byte[] body, boolean expectAnswer) { send(head, body, expectAnswer, true); }

    private void send(String head, byte[] body, boolean expectAnswer, boolean endHeaders) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(ANSWER_MILLIS);
            var out = socket.getOutputStream();
            out.write((head + (endHeaders ? "Connection: close\r\n\r\n" : "")).getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) out.write(body);
            out.flush();
            if (!expectAnswer) {
                socket.shutdownOutput();
                count(status(socket.getInputStream()), head);
                return;
            }
            count(status(socket.getInputStream()), head);
        } catch (IOException e) {
            count(expectAnswer ? "no answer" : "closed", head);
        }
    }

    private static String status(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 200; c = in.read()) line.append((char) c);
        String[] parts = line.toString().split(" ");
        return parts.length > 1 ? parts[1] : "closed";
    }

    private void count(String status, String head) {
        String key = status.matches("\\d{3}") ? status.charAt(0) + "xx" : status;
        counts.merge(key, 1, Integer::sum);
        boolean badVersion = status.equals("505");
        if (status.startsWith("5") && !badVersion) {
            String first = head.lines().findFirst().orElse("");
            serverErrors.add(status + ": " + first.substring(0, Math.min(120, first.length())));
        }
    }
}
