package shallowlab;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import shallowlab.experiment.Datasets;
import shallowlab.experiment.ExperimentRunner;
import shallowlab.experiment.RunService;
import shallowlab.experiment.SweepRunner;
import shallowlab.store.DatasetStore;
import shallowlab.store.ExperimentStore;
import shallowlab.guide.GuideService;
import shallowlab.nn.VectorWidth;
import shallowlab.web.Assets;
import shallowlab.web.CachePolicy;
import shallowlab.web.Clients;
import shallowlab.web.Controller;
import shallowlab.web.EngineCheck;
import shallowlab.web.Errors;
import shallowlab.web.HealthController;
import shallowlab.web.JettyErrors;
import shallowlab.web.QueryEncoding;
import shallowlab.web.Readiness;
import shallowlab.web.RequestLog;
import shallowlab.web.RequestRuns;
import shallowlab.web.SecurityHeaders;
import shallowlab.web.Templates;
import shallowlab.web.compare.CompareController;
import shallowlab.web.compare.EventCompression;
import shallowlab.web.bounds.ClientBounds;
import shallowlab.web.datasets.DatasetController;
import shallowlab.web.datasets.UploadLimits;
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
    public static Javalin create(Settings settings) {
        return create(settings, ExperimentRunner::new, Readiness.withoutWarmUp());
    }

    /**
     * The app training with {@code runner} (a test's runner can hold a training until it lets it go); it knows no
     * uploaded data.
     */
    public static Javalin create(Settings settings, ExperimentRunner runner) {
        return create(settings, runner, Readiness.withoutWarmUp());
    }

    /** As {@link #create(Settings, ExperimentRunner)}, ready as {@code readiness} says. */
    public static Javalin create(Settings settings, ExperimentRunner runner, Readiness readiness) {
        return create(settings, uploads -> runner, readiness);
    }

    /**
     * The app training with the runner made for the store's uploaded datasets, ready as {@code readiness} says. A
     * store that can't be opened leaves the app up without saves (they answer 503 with the reason; so does
     * {@code /health/ready}).
     */
    static Javalin create(Settings settings, Function<Datasets, ExperimentRunner> runnerFor, Readiness readiness) {
        var templates = Templates.create(settings.dev(), settings.savesTemporary());
        var clients = new Clients(settings.trustedProxies());
        ExperimentStore store = ExperimentStore.openOrUnavailable(settings.store(), settings.uploads().maxDatasets());
        if (settings.savesTemporary()) {
            LoggerFactory.getLogger(App.class).warn("DYNO is set and no DATABASE_URL: saves go to an embedded"
                    + " database on this host's ephemeral disk and are lost on restart; set DATABASE_URL to keep them");
        }
        DatasetStore uploads = store.datasets();
        var service = new RunService(runnerFor.apply(Datasets.of(uploads::find, uploads::name)), settings.limits(),
                settings.caches().runMegabytes());
        var runs = new RequestRuns(service, clients);
        var texts = new RunTexts(settings.caches().pageMegabytes());
        var sweeps = new SweepRunner(service);
        var lab = new LabController(runs, texts);
        var compare = new CompareController(sweeps, runs);
        List<Controller> controllers = List.of(lab, new ApiController(runs, texts), compare,
                new SavedController(store, lab, compare, runs), new GuideController(new GuideService(service)),
                new HealthController(service, readiness, store),
                new DatasetController(uploads, runs, settings.uploads()));
        var log = new RequestLog(clients);
        var cachePolicy = new CachePolicy(Set.of(ApiController.JSON_PATH, ApiController.CSV_PATH, ApiController.DATA_PATH,
                ApiController.WEIGHTS_PATH, ApiController.POINTS_PATH, CompareController.PATH, CompareController.JSON_PATH, "/learn"),
                path -> path.startsWith("/learn/") || path.startsWith(DatasetController.PATH + "/"));
        return Javalin.create(config -> {
            config.fileRenderer(templates::render);
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.startup.showJavalinBanner = false;
            config.requestLogger.http(log::log);
            config.jetty.threadPool = ClientBounds.threadPool(settings.connections());
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                ClientBounds.install(server, settings.connections(), settings.trustedProxies() == 0,
                        Math.max(MAX_REQUEST_BYTES, UploadLimits.MAX_BYTES),
                        java.util.Map.of(DatasetController.PATH, DatasetController.TOO_LARGE));
                server.setErrorHandler(new JettyErrors());
            });
            config.jetty.modifyServletContextHandler(context -> context.insertHandler(EventCompression.handler()));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = settings.dev() ? "static" : "/static";
                files.location = settings.dev() ? Location.EXTERNAL : Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", settings.dev() ? "no-cache" : Assets.CACHE_CONTROL);
                files.precompressMaxSize = settings.dev() ? 0 : 256 * 1024;   // gzipped once, kept in memory
            });
            config.routes.before(SecurityHeaders.apply(clients));
            // Any answer may come gzipped (Javalin's compression, the precompressed static files, Compressed): a
            // shared cache must keep one copy per Accept-Encoding, or it hands gzip to a client that can't read it.
            config.routes.before(ctx -> ctx.header("Vary", "Accept-Encoding"));
            config.routes.before(QueryEncoding::check);
            config.routes.before(ctx -> {   // a declared body over the cap is refused at once, as JSON under /api/
                if (ctx.req().getContentLengthLong() > MAX_REQUEST_BYTES && !ctx.path().equals(DatasetController.PATH))
                    throw Errors.tooLarge();
            });
            config.routes.before(ctx -> {
                // a browser id for visitors, not for static files nor a load balancer's health probes
                String path = ctx.path();
                if (!path.startsWith("/static/") && !path.startsWith("/webjars/") && !path.startsWith("/health")) {
                    clients.browserOrNew(ctx);
                }
            });
            Errors.register(config.routes, readiness);
            for (var controller : controllers) controller.register(config.routes);
            config.routes.after(cachePolicy::apply);
            // Jetty has stopped once the last request was answered (or STOP_TIMEOUT_MILLIS passed): only then does
            // the store close. H2's own exit hook, which would close it earlier, is off (DB_CLOSE_ON_EXIT=FALSE).
            config.events.serverStopped(sweeps::close);
            config.events.serverStopped(store::close);
        });
    }

    /** {@code WARM_UP}: unset, 1 or true warm up; 0 or false skip it; anything else stops start-up, named. */
    static boolean warmUpWanted(String value) {
        if (value == null || value.equals("1") || value.equalsIgnoreCase("true")) return true;
        if (value.equals("0") || value.equalsIgnoreCase("false")) return false;
        throw new IllegalArgumentException("WARM_UP must be 0 or false (skip the warm-up), 1 or true; got " + value);
    }

    /**
     * Starts the app on $PORT; on SIGTERM it stops taking requests and lets running ones finish (graceful).
     * Then, in the background, it trains a few throwaway experiments (so the JIT has compiled the engine) and asks
     * itself for the lab page and every guide page, so the default run and the guides' trials are cached, with a
     * warm training time, before the first visitor; {@code /health/ready} answers 200 once that is done.
     */
    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment(System.getenv());
        var log = LoggerFactory.getLogger(App.class);
        if (VectorWidth.compiled() && VectorWidth.stepsApart()) log.info(VectorWidth.describe()); else log.warn(VectorWidth.describe());
        boolean warm = warmUpWanted(System.getenv("WARM_UP"));
        Readiness readiness = warm ? Readiness.afterWarmUp() : Readiness.withoutWarmUp();
        Javalin app = create(settings, ExperimentRunner::new, readiness).start(settings.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "graceful-shutdown"));
        if (!warm) return;   // without the warm-up's trainings the kernel may not be compiled yet: no engine check
        Thread warmUp = new Thread(() -> {
            warmUp(app.port());
            readiness.warmedUp();
            EngineCheck.get().everyMinute();
        }, "warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void warmUp(int port) {
        var client = HttpClient.newHttpClient();
        List<String> paths = new java.util.ArrayList<>(List.of("/api/experiment?iterations=3000&initSeed=101",
                "/api/experiment?iterations=3000&initSeed=102", "/api/experiment?iterations=3000&initSeed=103", "/"));
        for (var guide : shallowlab.guide.Guides.ALL) paths.add("/learn/" + guide.slug());
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
