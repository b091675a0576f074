package shallowlab;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import shallowlab.experiment.ExperimentRunner;
import shallowlab.experiment.RunLimits;
import shallowlab.store.StoreSettings;
import shallowlab.web.datasets.UploadLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The real app on a free port, with a plain JDK HTTP client; close it when done. */
public final class RunningApp implements AutoCloseable {
    private final Javalin app;
    private final HttpClient client;
    private final boolean owner;

    /** The app as it runs in production, with uploaded datasets from its store. */
    public RunningApp(Settings settings) {
        this.app = App.create(withTemporaryStore(settings)).start(0);
        this.client = HttpClient.newHttpClient();
        this.owner = true;
    }

    /** The app training with {@code runner}: a test's runner can hold a training back until the test lets it go. */
    public RunningApp(Settings settings, ExperimentRunner runner) {
        this.app = App.create(withTemporaryStore(settings), runner).start(0);
        this.client = HttpClient.newHttpClient();
        this.owner = true;
    }

    /** The app ready as {@code readiness} says (a test plays the start-up warm-up). */
    public RunningApp(Settings settings, ExperimentRunner runner, shallowlab.web.Readiness readiness) {
        this.app = App.create(withTemporaryStore(settings), runner, readiness).start(0);
        this.client = HttpClient.newHttpClient();
        this.owner = true;
    }

    private RunningApp(Javalin app, HttpClient client) {
        this.app = app;
        this.client = client;
        this.owner = false;
    }

    /**
     * The same app as seen by a browser of its own: a client that keeps the cookies the app sets (this one, like a
     * script, keeps none). Closing it leaves the app running.
     */
    public RunningApp browser() {
        return new RunningApp(app, HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build());
    }

    /** A request to {@code pathAndQuery}, to add headers to and {@link #send}. */
    public HttpRequest.Builder request(String pathAndQuery) { return HttpRequest.newBuilder(URI.create(base() + pathAndQuery)); }

    /**
     * The app with default settings, except that one client (all tests ask from one address) may start any number
     * of runs and uploads, and its saved experiments in a fresh H2 database of its own.
     */
    public RunningApp() {
        this(Settings.defaults().withLimits(unlimitedRate(RunLimits.defaults()))
                .withUploads(new UploadLimits(UploadLimits.defaults().maxDatasets(), 1e9, 1_000_000)));
    }

    static RunLimits unlimitedRate(RunLimits l) {
        return new RunLimits(l.maxWork(), l.maxSeconds(), l.maxConcurrent(), l.maxQueued(), l.queueSeconds(), 1e9, 1_000_000);
    }

    /** Settings whose store is a fresh H2 database in a temporary folder, unless a test chose another store. */
    static Settings withTemporaryStore(Settings settings) {
        if (!settings.store().equals(Settings.defaults().store())) return settings;
        try {
            return settings.withStore(StoreSettings.h2(Files.createTempDirectory("shallowlab-test-store")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST a form ({@code name=value&...}, already encoded) without following redirects. */
    public Response postForm(String path, String form, String origin) {
        var builder = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) builder.header("Origin", origin);
        return send(builder.build());
    }

    /** POST a body of {@code type} (e.g. text/csv). */
    public Response post(String path, String type, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POST a JSON body. */
    public Response postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public String base() { return "http://localhost:" + app.port(); }

    /** What came back: the status, the body as text, and the headers. */
    public record Response(int status, String body, HttpResponse<String> raw) {
        /** The header's first value, or null. */
        public String header(String name) { return raw.headers().firstValue(name).orElse(null); }
    }

    /** GET {@code pathAndQuery} (e.g. "/health"). */
    public Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build());
    }

    public Response send(HttpRequest.Builder request) { return send(request.build()); }

    /**
     * The whole answer, status line and headers included, to {@code GET target} sent as written over a socket: for
     * targets java.net.URI refuses to build (a broken %-escape), which a client may send all the same.
     */
    public String rawGet(String target) {
        String request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        try (var socket = new java.net.Socket("localhost", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Response send(HttpRequest request) {
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
    public void close() { if (owner) app.stop(); }
}
