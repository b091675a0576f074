package shallowlab.web.lab;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import shallowlab.data.PointsCsv;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Parsed;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunCsv;
import shallowlab.experiment.RunJson;
import shallowlab.web.Controller;
import shallowlab.web.Errors;
import shallowlab.web.RequestRuns;

/**
 * The JSON API and the downloads: an experiment in the query string (the same keys as the share link), its run in
 * the response. A bad or unknown key answers 400 with {@code {"errors": {key: message}}}, listing every bad field.
 */
public final class ApiController implements Controller {
    public static final String JSON_PATH = "/api/experiment";
    public static final String CSV_PATH = "/api/experiment.csv";
    public static final String DATA_PATH = "/api/experiment/data.csv";
    public static final String POINTS_PATH = "/api/experiment/points.csv";
    public static final String WEIGHTS_PATH = "/api/experiment/weights.json";

    private final RequestRuns runs;
    private final RunTexts texts;

    public ApiController(RequestRuns runs, RunTexts texts) {
        this.runs = runs;
        this.texts = texts;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(JSON_PATH, this::json);
        routes.get(CSV_PATH, this::csv);
        routes.get(DATA_PATH, this::data);
        routes.get(WEIGHTS_PATH, this::weights);
        routes.get(POINTS_PATH, this::points);
    }

    /** GET /api/experiment: the run as JSON ({@link RunJson}; docs/ARCHITECTURE.md, "Public contracts"). */
    void json(Context ctx) {
        Run run = run(ctx);
        if (run != null) texts.json(run).send(ctx, "application/json");
    }

    /** GET /api/experiment.csv: the recorded series, as a download. */
    void csv(Context ctx) {
        Run run = run(ctx);
        if (run != null) download(ctx, "text/csv", RunCsv.filename(run.experiment(), run.dataName(), "series", "csv"), RunCsv.of(run.result()));
    }

    /** GET /api/experiment/data.csv: the train and test points, as a download. */
    void data(Context ctx) {
        Run run = run(ctx);
        if (run != null) download(ctx, "text/csv", RunCsv.filename(run.experiment(), run.dataName(), "data", "csv"), RunCsv.dataset(run.split()));
    }

    /**
     * GET /api/experiment/points.csv: the experiment's points before the split, in their order, as {@code x1,x2,label}
     * (the upload format), without training. The draw editor starts from them: uploaded unchanged, they give the
     * same run (the split of the same points in the same order by the same seed is the same).
     */
    void points(Context ctx) {
        Parsed parsed = Experiment.fromQuery(ctx.queryParamMap());
        if (!parsed.isValid()) {
            Errors.json(ctx, HttpStatus.BAD_REQUEST.getCode(), parsed.errors());
            return;
        }
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(PointsCsv.write(runs.service().points(parsed.experiment())));
    }

    /** GET /api/experiment/weights.json: the initial and final weights and biases, as a download. */
    void weights(Context ctx) {
        Run run = run(ctx);
        if (run == null) return;
        ctx.header("Content-Disposition", "attachment; filename=\"" + RunCsv.filename(run.experiment(), run.dataName(), "weights", "json") + "\"");
        ctx.json(RunJson.of(run).parameters());
    }

    private static void download(Context ctx, String type, String filename, String body) {
        ctx.contentType(type + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.result(body);
    }

    /** The run of the query's experiment, or null after answering 400 with the errors. */
    private Run run(Context ctx) {
        Parsed parsed = Experiment.fromQuery(ctx.queryParamMap());
        if (!parsed.isValid()) {
            Errors.json(ctx, HttpStatus.BAD_REQUEST.getCode(), parsed.errors());
            return null;
        }
        return runs.run(ctx, parsed.experiment());
    }
}
