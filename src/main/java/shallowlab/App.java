package shallowlab;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import shallowlab.experiment.ExperimentRunner;
import shallowlab.experiment.RunService;
import shallowlab.guide.GuideService;
import shallowlab.web.ApiController;
import shallowlab.web.Controller;
import shallowlab.web.GuideController;
import shallowlab.web.HealthController;
import shallowlab.web.LabController;
import shallowlab.web.SecurityHeaders;
import shallowlab.web.Templates;

/** Builds the web app from its settings; {@link #main} starts it on {@code $PORT}. */
public final class App {
    /** Runs kept in memory; a run of the default experiment takes about 1 MB. */
    static final int RUN_CACHE_CAPACITY = 64;

    private App() {}

    /** The app, configured but not started: tests call {@code create(settings).start(0)}. */
    public static Javalin create(Settings settings) {
        var templates = Templates.create(settings.dev());
        var runs = new RunService(new ExperimentRunner(), RUN_CACHE_CAPACITY);
        List<Controller> controllers = List.of(new LabController(runs), new ApiController(runs),
                new GuideController(new GuideService(runs)), new HealthController());
        return Javalin.create(config -> {
            config.fileRenderer(templates::render);
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = settings.dev() ? "static" : "/static";
                files.location = settings.dev() ? Location.EXTERNAL : Location.CLASSPATH;
            });
            config.routes.before(SecurityHeaders::apply);
            for (var controller : controllers) controller.register(config.routes);
        });
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment(System.getenv());
        create(settings).start(settings.port());
    }
}
