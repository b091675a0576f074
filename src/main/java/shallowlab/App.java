package shallowlab;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import shallowlab.web.HealthController;
import shallowlab.web.LabController;
import shallowlab.web.SecurityHeaders;
import shallowlab.web.Templates;

/** Builds the web app from its settings; {@link #main} starts it on {@code $PORT}. */
public final class App {
    private App() {}

    /** The app, configured but not started: tests call {@code create(settings).start(0)}. */
    public static Javalin create(Settings settings) {
        var templates = Templates.create(settings.dev());
        var lab = new LabController();
        var health = new HealthController();
        return Javalin.create(config -> {
            config.fileRenderer(templates::render);
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = settings.dev() ? "static" : "/static";
                files.location = settings.dev() ? Location.EXTERNAL : Location.CLASSPATH;
            });
            config.routes.before(SecurityHeaders::apply);
            config.routes.get("/", lab::show);
            config.routes.get("/health", health::show);
        });
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment(System.getenv());
        create(settings).start(settings.port());
    }
}
