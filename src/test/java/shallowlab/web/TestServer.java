package shallowlab.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;

/** A server on a free port for one test class, and a plain HTTP GET against it. */
final class TestServer implements AutoCloseable {
    /** What came back: the status, the body, and the headers one may check. */
    record Response(int status, String body, HttpResponse<String> raw) {
        String header(String name) { return raw.headers().firstValue(name).orElse(null); }
    }

    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    TestServer(Consumer<JavalinConfig> config) {
        this.app = Javalin.create(config).start(0);
    }

    /** A server with only the API routes. */
    static TestServer api(shallowlab.experiment.ExperimentRunner runner) {
        return new TestServer(config -> new ApiController(runner).register(config.routes));
    }

    /** GET {@code pathAndQuery}, e.g. {@code /api/experiment?points=7}. */
    Response get(String pathAndQuery) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + app.port() + pathAndQuery);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r);
    }

    @Override
    public void close() {
        app.stop();
    }
}
