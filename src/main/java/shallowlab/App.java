package shallowlab;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import shallowlab.experiment.Datasets;
import shallowlab.experiment.ExperimentRunner;
import shallowlab.experiment.RunService;
import shallowlab.experiment.SweepRunner;
import shallowlab.store.ExperimentStore;
import shallowlab.store.JdbcExperimentStore;
import shallowlab.guide.GuideService;
import shallowlab.web.Controller;
import shallowlab.web.Errors;
import shallowlab.web.HealthController;
import shallowlab.web.RequestLog;
import shallowlab.web.RequestRuns;
import shallowlab.web.SecurityHeaders;
import shallowlab.web.Templates;
import shallowlab.web.compare.CompareController;
import shallowlab.web.datasets.DatasetController;
import shallowlab.web.lab.ApiController;
import shallowlab.web.lab.LabController;
import shallowlab.web.lab.RunTexts;
import shallowlab.web.learn.GuideController;
import shallowlab.web.saved.SavedController;

/** Builds the web app from its settings; {@link #main} starts it on {@code $PORT}. */
public final class App {
    /** Largest request body accepted; saves are small (uploads have their own cap, UploadLimits.MAX_BYTES). */
    static final long MAX_REQUEST_BYTES = 64 * 1024;
    /** How long a stopping server lets running requests finish. */
    static final long STOP_TIMEOUT_MILLIS = 25_000;

    private App() {}

    /** The app, configured but not started: tests call {@code create(settings).start(0)}. */
    public static Javalin create(Settings settings) { return create(settings, ExperimentRunner::new); }

    /**
     * The app training with {@code runner} (a test's runner can hold a training until it lets it go); it knows no
     * uploaded data.
     */
    public static Javalin create(Settings settings, ExperimentRunner runner) { return create(settings, uploads -> runner); }

    /** The app training with the runner made for the store's uploaded datasets. */
    private static Javalin create(Settings settings, Function<Datasets, ExperimentRunner> runnerFor) {
        var templates = Templates.create(settings.dev());
        ExperimentStore store = JdbcExperimentStore.open(settings.store(), settings.uploads().maxDatasets());
        ExperimentRunner runner = runnerFor.apply(store.datasets()::find);
        var runs = new RequestRuns(new RunService(runner, settings.limits(), settings.cacheMegabytes()),
                settings.trustProxy());
        var texts = new RunTexts(settings.cacheMegabytes());
        ExecutorService sweepPool = sweepPool();
        var lab = new LabController(runs, texts);
        var compare = new CompareController(new SweepRunner(runs.service(), sweepPool), runs);
        List<Controller> controllers = List.of(lab, new ApiController(runs, texts),
                compare, new SavedController(store, lab, compare),
                new GuideController(new GuideService(runs.service()), runs), new HealthController(runs.service()),
                new DatasetController(store.datasets(), runs, settings.uploads()));
        return Javalin.create(config -> {
            config.fileRenderer(templates::render);
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.startup.showJavalinBanner = false;
            config.requestLogger.http(RequestLog::log);
            config.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MILLIS));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = settings.dev() ? "static" : "/static";
                files.location = settings.dev() ? Location.EXTERNAL : Location.CLASSPATH;
            });
            config.routes.before(SecurityHeaders::apply);
            Errors.register(config.routes);
            for (var controller : controllers) controller.register(config.routes);
            config.events.serverStopped(sweepPool::shutdownNow);
            config.events.serverStopped(store::close);
        });
    }

    /** The threads a comparison's runs share: one per core, so comparisons never ask for more than the machine has. */
    private static ExecutorService sweepPool() {
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "sweep");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the app on $PORT; on SIGTERM it stops taking requests and lets running ones finish (graceful).
     * Then, in the background, it trains a few throwaway experiments (so the JIT has compiled the engine) and asks
     * itself for the lab page, so the default run is cached, with a warm training time, before the first visitor.
     */
    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment(System.getenv());
        Javalin app = create(settings).start(settings.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "graceful-shutdown"));
        if ("0".equals(System.getenv("WARM_UP"))) return;
        Thread warmUp = new Thread(() -> warmUp(app.port()), "warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void warmUp(int port) {
        var client = HttpClient.newHttpClient();
        List<String> paths = List.of("/api/experiment?iterations=3000&initSeed=101",
                "/api/experiment?iterations=3000&initSeed=102", "/api/experiment?iterations=3000&initSeed=103", "/");
        for (String path : paths) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (IOException | InterruptedException e) {
                LoggerFactory.getLogger(App.class).warn("warm-up request {} failed: {}", path, e.toString());
                return;
            }
        }
    }
}
