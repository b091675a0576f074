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

    /** What came back: the status, the body as text, and the headers. */
    public record Response(int status, String body, HttpResponse<String> raw) {
        /** The header's first value, or null. */
        public String header(String name) { return raw.headers().firstValue(name).orElse(null); }
    }

    /** GET {@code pathAndQuery} (e.g. "/health"). */
    public Response get(String pathAndQuery) {
        var request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build();
        try {
            var r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
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
