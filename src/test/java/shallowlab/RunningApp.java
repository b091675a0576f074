package shallowlab;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The real app on a free port, with a plain JDK HTTP client; close it when done. */
public final class RunningApp implements AutoCloseable {
    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    public RunningApp(Settings settings) {
        this.app = App.create(settings).start(0);
    }

    public RunningApp() { this(Settings.defaults()); }

    public String base() { return "http://localhost:" + app.port(); }

    /** GET {@code pathAndQuery} (e.g. "/health"), body as text. */
    public HttpResponse<String> get(String pathAndQuery) {
        var request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }

    @Override
    public void close() { app.stop(); }
}
