package shallowlab.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Parsed;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunCsv;
import shallowlab.experiment.RunJson;

/**
 * The JSON API: an experiment in the query string (the same keys as the share link), its run in the response.
 * A bad or unknown key answers 400 with {@code {"errors": {key: message}}}, listing every bad field.
 */
public final class ApiController implements Controller {
    public static final String JSON_PATH = "/api/experiment";
    public static final String CSV_PATH = "/api/experiment.csv";

    private final RequestRuns runs;

    public ApiController(RequestRuns runs) {
        this.runs = runs;
    }

    /** Adds the routes; pass {@code config.routes} from {@code Javalin.create(config -> ...)}. */
    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(JSON_PATH, this::json);
        routes.get(CSV_PATH, this::csv);
    }

    /** GET /api/experiment: the run as the JSON of DESIGN §4. */
    void json(Context ctx) {
        Run run = run(ctx);
        if (run != null) ctx.json(RunJson.of(run));
    }

    /** GET /api/experiment.csv: the recorded series, as a download. */
    void csv(Context ctx) {
        Run run = run(ctx);
        if (run == null) return;
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + RunCsv.filename(run.experiment()) + "\"");
        ctx.result(RunCsv.of(run.result()));
    }

    /** The run of the query's experiment, or null after answering 400 with the errors. */
    private Run run(Context ctx) {
        Parsed parsed = Experiment.fromQuery(ctx.queryParamMap());
        if (!parsed.isValid()) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("errors", parsed.errors()));
            return null;
        }
        return runs.run(ctx, parsed.experiment());
    }
}
