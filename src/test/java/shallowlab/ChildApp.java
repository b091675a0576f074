package shallowlab;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The app's own main in a child JVM, as a host would run it: to kill it, or to stop it with SIGTERM. */
public final class ChildApp {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** How long a child that is alive but not answering may take before the test gives up on it (a hang guard). */
    static final long START_GUARD_SECONDS = 60;

    private ChildApp() {}

    /**
     * The app's main in a child JVM with this test's classpath, answering /health on {@code port}. Waits while the
     * child is alive; if it dies or never answers, fails with the child's log.
     */
    public static Process start(int port, Map<String, String> database) throws Exception {
        return start(port, database, Files.createTempFile("shallowlab-child", ".log"));
    }

    /** As {@link #start(int, Map)}, with {@code environment} added and the child's output written to {@code log}. */
    public static Process start(int port, Map<String, String> environment, Path log) throws Exception {
        Map<String, String> database = environment;
        var command = List.of(System.getProperty("java.home") + "/bin/java", "--add-modules=jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), App.class.getName());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("WARM_UP", "0");
        builder.environment().keySet().removeAll(List.of("DATABASE_URL", "JDBC_DATABASE_URL", "DATA_DIR"));
        builder.environment().putAll(database);
        Process process = builder.start();
        long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_GUARD_SECONDS);
        while (process.isAlive() && System.nanoTime() < guard) {
            if (answersHealth(port)) return process;
            process.waitFor(50, TimeUnit.MILLISECONDS);
        }
        String why = process.isAlive() ? "did not answer /health within " + START_GUARD_SECONDS + " s"
                : "exited with status " + process.exitValue();
        process.destroyForcibly().waitFor();
        throw new AssertionError("the app on port " + port + " " + why + "; its log:\n" + Files.readString(log));
    }

    private static boolean answersHealth(int port) throws InterruptedException {
        try {
            var health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
