package shallowlab.web.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;

/**
 * Slow and greedy clients over raw sockets, against the real app with short deadlines (2 s for headers and for a
 * body), a cap of 3 connections per address and 2 bodies at once. Other clients use another loopback address
 * (127.0.0.2 and on; each test its own, so that connections a test leaves to the server's timeouts count against no
 * other): Linux routes all of 127/8 to the loopback interface.
 */
class SlowClientsHttpTest {
    static final ConnectionLimits LIMITS = new ConnectionLimits(100, 3, 2, 2, 2, 30, 32);
    static RunningApp app;
    static int port;

    @BeforeAll
    static void start() {
        app = new RunningApp(Settings.defaults().withConnections(LIMITS));
        port = URI.create(app.base()).getPort();
    }

    @AfterAll
    static void stop() { app.close(); }

    @Test
    void aBodySentAByteASecondIsCutOffAtItsDeadlineWith408() throws Exception {
        try (Socket slow = connect("127.0.0.8")) {
            OutputStream out = slow.getOutputStream();
            out.write(("POST /api/saved HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            long start = System.nanoTime();
            var trickle = trickle(out, 1000);
            String answer = readAll(slow.getInputStream());
            double seconds = (System.nanoTime() - start) / 1e9;
            trickle.interrupt();
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("\"body\":\"did not arrive within 2.0 s"), answer);
            assertTrue(answer.contains("Cache-Control: private, no-store"), answer);
            // Cut off at the 2 s deadline, and the connection closed (readAll saw its end), long before 30 s.
            assertTrue(seconds >= 1.8 && seconds < 4, "cut off after " + seconds + " s");
        }
    }

    @Test
    void headersSentAByteAtATimeAreCutOffAtTheirDeadline() throws Exception {
        try (Socket slow = connect("127.0.0.9")) {
            OutputStream out = slow.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            long start = System.nanoTime();
            var trickle = trickle(out, 300);
            String answer = readAll(slow.getInputStream());
            double seconds = (System.nanoTime() - start) / 1e9;
            trickle.interrupt();
            assertEquals("", answer, "closed without an answer");
            // Between the deadline and the deadline plus one look (HeaderDeadline.TICK_MILLIS).
            assertTrue(seconds >= 1.8 && seconds < 2 + HeaderDeadline.TICK_MILLIS / 1000.0 + 1, "cut off after " + seconds + " s");
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAtTheHeaderDeadline() throws Exception {
        try (Socket silent = connect("127.0.0.5")) {
            long start = System.nanoTime();
            assertEquals("", readAll(silent.getInputStream()));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds >= 1.8 && seconds < 4.5, "closed after " + seconds + " s");
        }
    }

    @Test
    void pastTheCapPerAddressANewConnectionIsClosedWhileAnotherAddressIsServed() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            // Each is counted when it opens, before its request is answered: after these, the address holds the cap.
            for (int i = 0; i < LIMITS.perClient(); i++) {
                Socket s = connect("127.0.0.6");
                held.add(s);
                assertTrue(ask(s, "/health").startsWith("HTTP/1.1 200"), "connection " + (i + 1) + " under the cap is served");
            }
            try (Socket over = connect("127.0.0.6")) {
                assertEquals("", tryAsk(over, "/health"), "the connection past the cap is closed unanswered");
            }
            try (Socket other = connect("127.0.0.7")) {
                assertTrue(ask(other, "/health").startsWith("HTTP/1.1 200"), "another address is served meanwhile");
            }
            held.remove(0).close();
            // The server uncounts a connection when it sees the close: ask until it has (within 5 s).
            assertTrue(servedWithin("127.0.0.6", 5), "once one closes, the address is served again");
        } finally {
            for (Socket s : held) s.close();
        }
    }

    /**
     * On an app of its own whose bodies may take 30 s (with this class's 2 s, the slow bodies could expire while the
     * test still asks, and no body would then ever be refused) and without a cap per address.
     */
    @Test
    void pastTheBodiesAtOnceANewBodyIs503AtOnceAndHealthStillAnswers() throws Exception {
        var patient = new ConnectionLimits(100, 0, 2, 30, 2, 30, 32);   // no cap per address: replaced bodies never meet it
        try (RunningApp patientApp = new RunningApp(Settings.defaults().withConnections(patient))) {
            int patientPort = URI.create(patientApp.base()).getPort();
            List<Socket> slow = new ArrayList<>();
            try {
                // Slow bodies take both places as soon as the server has read their headers; then a third is refused.
                // The server may read a third before a slow one, which it then refuses in the third's stead: so each
                // round replaces a slow body that was answered, and asks again, until a third is refused.
                String answer = "";
                double seconds = 0;
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!answer.startsWith("HTTP/1.1 503") && System.nanoTime() < end) {
                    for (Socket s : List.copyOf(slow)) {
                        if (s.getInputStream().available() > 0) {
                            s.close();
                            slow.remove(s);
                        }
                    }
                    while (slow.size() < patient.bodyReaders()) slow.add(slowBody("127.0.0.2", patientPort));
                    long start = System.nanoTime();
                    answer = postJson("127.0.0.3", patientPort, "{}");
                    seconds = (System.nanoTime() - start) / 1e9;
                }
                assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
                assertTrue(answer.contains("Retry-After: 1"), answer);
                assertTrue(answer.contains("\"server\":"), answer);
                assertTrue(seconds < 1, "refused at once, not after " + seconds + " s");
                assertEquals(200, patientApp.get("/health").status());
            } finally {
                for (Socket s : slow) s.close();
            }
            // Closed, the slow bodies give their places back: a body is taken again (within 5 s, far inside 30 s).
            String answer = "";
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while ((answer.isEmpty() || answer.startsWith("HTTP/1.1 503")) && System.nanoTime() < end) answer = postJson("127.0.0.3", patientPort, "{}");
            assertTrue(answer.startsWith("HTTP/1.1 400"), "the app's own answer to an empty save: " + answer);
        }
    }

    /** A connection from {@code from} that sends a POST's headers and 2 of its 100 bytes of body, then waits. */
    private static Socket slowBody(String from, int port) throws IOException {
        Socket s = connect(from, port);
        s.getOutputStream().write(("POST /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 100\r\n\r\nti").getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        return s;
    }

    @Test
    void aBodyThatArrivesInPiecesWithinTheDeadlineReachesTheApp() throws Exception {
        try (Socket s = connect("127.0.0.4")) {
            OutputStream out = s.getOutputStream();
            String json = "{\"link\": \"/?iterations=7\"}";
            out.write(("POST /api/saved HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + "Content-Length: " + json.length() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            for (char c : json.toCharArray()) {
                out.write(c);
                out.flush();
                Thread.sleep(20);
            }
            String answer = readAll(s.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 201") || answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(!answer.contains("\"body\""), "the app read the whole body: " + answer);
        }
    }

    private static Socket connect(String from) throws IOException { return connect(from, port); }

    private static Socket connect(String from, int port) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
        s.setSoTimeout(15_000);
        return s;
    }

    /** Writes one byte every {@code millis} until interrupted or the server closes. */
    private static Thread trickle(OutputStream out, long millis) {
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(millis);
                    out.write('a');
                    out.flush();
                }
            } catch (IOException | InterruptedException ignored) {
                // the server closed, or the test is done
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Everything until the server closes the connection ("" when it closes without answering). */
    private static String readAll(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (SocketException reset) {
            // a reset is a close too
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    /** Asks for {@code path} on a kept-alive connection and reads one answer (head and a Content-Length body). */
    private static String ask(Socket s, String path) throws IOException {
        s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        InputStream in = s.getInputStream();
        var head = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) break;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        var m = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(text);
        if (m.find()) in.readNBytes(Integer.parseInt(m.group(1)));
        return text;
    }

    /** As {@link #ask}, but a closed or reset connection answers "". */
    private static String tryAsk(Socket s, String path) {
        try {
            return ask(s, path);
        } catch (IOException closed) {
            return "";
        }
    }

    /** Whether a fresh connection from {@code from} is served /health within {@code seconds}. */
    private static boolean servedWithin(String from, int seconds) throws IOException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            try (Socket s = connect(from)) {
                if (tryAsk(s, "/health").startsWith("HTTP/1.1 200")) return true;
            }
        }
        return false;
    }

    /** POSTs {@code json} to /api/saved on {@code port} from {@code from} and reads the answer to the end. */
    private static String postJson(String from, int port, String json) throws IOException {
        try (Socket s = connect(from, port)) {
            s.getOutputStream().write(("POST /api/saved HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\nContent-Length: " + json.length() + "\r\n\r\n" + json).getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return readAll(s.getInputStream());
        }
    }
}
