package shallowlab;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** The app's own main in a child JVM, as a host would run it: to kill it, or to stop it with SIGTERM. */
public final class ChildApp {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private ChildApp() {}

    /** The app's main in a child JVM with this test's classpath, answering /health on {@code port}. */
    public static Process start(int port, Map<String, String> database) throws Exception {
        var command = List.of(System.getProperty("java.home") + "/bin/java", "--add-modules=jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), App.class.getName());
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("shallowlab-child", ".log").toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("WARM_UP", "0");
        builder.environment().keySet().removeAll(List.of("DATABASE_URL", "JDBC_DATABASE_URL", "DATA_DIR"));
        builder.environment().putAll(database);
        Process process = builder.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                var health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) return process;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the app did not start on port " + port);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
