package shallowlab.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault test of durable saves: starts the app's jar on loopback, has {@code writers} clients save as fast as they
 * can ({@code POST /api/saved}), kills the process with SIGKILL at a random moment, restarts it on the same
 * database and asks for every save it had answered 201; then again, {@code rounds} times. Prints the saves answered
 * and the saves lost (the goal is 0) and the 5xx answers seen. The database is the child's environment: DATA_DIR
 * (embedded) or JDBC_DATABASE_URL, passed through from this process's own.
 * With {@code KILL_SIGNAL=TERM} in the environment, SIGTERM instead: every save answered during the drain must
 * be there too, and none may be a 5xx. Usage: {@code KillSaves <jar> <rounds> <writers> <seed>}.
 */
public final class KillSaves {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    /** KILL_SIGNAL=TERM: stop the server with SIGTERM (a graceful shutdown during the saves) instead of SIGKILL. */
    private static final boolean GENTLY = "TERM".equals(System.getenv("KILL_SIGNAL"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String BODY = "{\"title\":\"kill %d\",\"note\":\"answered before a SIGKILL\",\"link\":\"/?iterations=5\"}";

    private final Path jar;
    private final int port;
    private final AtomicInteger serverErrors = new AtomicInteger();

    private KillSaves(Path jar, int port) {
        this.jar = jar;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        var test = new KillSaves(Path.of(args[0]), freePort());
        int rounds = Integer.parseInt(args[1]), writers = Integer.parseInt(args[2]);
        var random = new Random(Long.parseLong(args[3]));
        List<String> answered = new ArrayList<>();
        List<String> previous = List.of();
        int lost = 0;
        for (int round = 1; round <= rounds; round++) {
            Process server = test.start();
            int lostNow = test.missing(previous);
            lost += lostNow;
            if (lostNow > 0) System.out.printf("round %d: %d answered saves missing after the restart%n", round, lostNow);
            long killAfter = 300 + random.nextInt(2500);
            List<String> ids = test.saveUntilKilled(server, writers, killAfter);
            answered.addAll(ids);
            previous = ids;
            System.out.printf("round %d: %d saves answered, killed after %d ms%n", round, ids.size(), killAfter);
        }
        Process last = test.start();
        int lostAtEnd = test.missing(answered);
        last.destroy();
        last.waitFor(30, TimeUnit.SECONDS);
        System.out.printf("kill-saves: %d answered, %d lost after a restart, %d missing at the end, %d answers 5xx%n",
                answered.size(), lost, lostAtEnd, test.serverErrors.get());
        System.exit(lost == 0 && lostAtEnd == 0 && test.serverErrors.get() == 0 ? 0 : 1);
    }

    private Process start() throws Exception {
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "--add-modules=jdk.incubator.vector", "-jar", jar.toString());
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "kill-saves-server.log").toFile()));
        builder.environment().putAll(Map.of("PORT", Integer.toString(port), "WARM_UP", "0",
                "RUN_BURST", "100000000", "RUNS_PER_MINUTE", "100000000", "ADDRESS_BURST", "100000000",
                "ADDRESS_RUNS_PER_MINUTE", "100000000"));
        Process process = builder.start();
        long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && System.nanoTime() < guard) {
            if (status("/health") == 200) return process;
            process.waitFor(50, TimeUnit.MILLISECONDS);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the app did not start; see target/kill-saves-server.log");
    }

    /** Writers save until the process is killed {@code killAfterMillis} after they start; the ids answered 201. */
    private List<String> saveUntilKilled(Process server, int writers, long killAfterMillis) throws Exception {
        var ids = new ConcurrentLinkedQueue<String>();
        var stop = new AtomicBoolean();
        var counter = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    String id = save(counter.incrementAndGet());
                    if (id != null) ids.add(id);
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(killAfterMillis);
        if (GENTLY) server.destroy(); else server.destroyForcibly();   // SIGTERM (drain, then close) or SIGKILL
        server.waitFor();
        stop.set(true);
        for (Thread t : threads) t.join();
        return new ArrayList<>(ids);
    }

    /** One save; its id when the server answered 201, null when it did not (refused, or the connection died). */
    private String save(int n) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/saved"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY.formatted(n))).build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) serverErrors.incrementAndGet();
            if (response.statusCode() != 201) return null;
            Matcher m = ID.matcher(response.body());
            return m.find() ? m.group(1) : null;
        } catch (IOException | InterruptedException killed) {
            return null;
        }
    }

    private int missing(List<String> ids) {
        int missing = 0;
        for (String id : ids) {
            int status = status("/api/saved/" + id);
            if (status != 200 && missing++ < 3) System.out.printf("  %s answered 201 before the kill, now %d%n", id, status);
        }
        return missing;
    }

    private int status(String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
