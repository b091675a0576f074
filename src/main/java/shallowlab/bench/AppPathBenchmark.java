package shallowlab.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import shallowlab.App;
import shallowlab.Settings;
import shallowlab.experiment.RunLimits;
import shallowlab.store.StoreSettings;

/**
 * Times the default run as the app trains it: the app on a free loopback port (its own request path, run service,
 * deadline and boundary), fresh default experiments (new initSeed each) asked one at a time from
 * {@code /api/experiment}, and the median of the {@code trainingMillis} they report, after a warm-up.
 * Prints "app_default_seconds=…" for bench/run.sh.
 */
public final class AppPathBenchmark {
    private AppPathBenchmark() {}

    public static void main(String[] args) throws Exception {
        RunLimits l = RunLimits.defaults();
        Settings settings = Settings.defaults()
                .withLimits(new RunLimits(l.maxWork(), l.maxSeconds(), l.maxConcurrent(), l.maxQueued(), l.queueSeconds(),
                        1e9, 1_000_000, 1e9, 1_000_000, l.sweepQueue()))
                .withStore(StoreSettings.h2(Files.createTempDirectory("shallowlab-bench")));
        Javalin app = App.create(settings).start(0);
        try {
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = new ObjectMapper();
            String base = "http://127.0.0.1:" + app.port() + "/api/experiment?initSeed=";
            int warm = 120, timed = 15;   // 30 left the JIT still compiling the app around the trainings (~15 % slower)
            double[] millis = new double[timed];
            for (int i = 0; i < warm + timed; i++) {
                var response = http.send(HttpRequest.newBuilder(URI.create(base + (5000 + i))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) throw new IllegalStateException(response.body());
                if (i >= warm) millis[i - warm] = json.readTree(response.body()).get("trainingMillis").asDouble();
            }
            Arrays.sort(millis);
            System.out.printf("app path: fresh default runs through /api/experiment, trainingMillis median %.1f ms"
                    + " (min %.1f, max %.1f, %d runs after %d warm-up)%n", millis[timed / 2], millis[0],
                    millis[timed - 1], timed, warm);
            System.out.printf("app_default_seconds=%.6f%n", millis[timed / 2] / 1e3);
        } finally {
            app.stop();
        }
    }
}
