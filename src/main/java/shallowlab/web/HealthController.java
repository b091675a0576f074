package shallowlab.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import shallowlab.experiment.RunService;

/**
 * {@code GET /health}: 200 while the app can answer requests, with the trainings under way:
 * {@code {"status":"ok","trainings":{"running":1,"queued":0}}}.
 */
public final class HealthController implements Controller {
    private final RunService runs;

    /** The answer, fields in this order. */
    public record Health(String status, RunService.Trainings trainings) {}

    public HealthController(RunService runs) { this.runs = runs; }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/health", this::show);
    }

    void show(Context ctx) {
        ctx.json(new Health("ok", runs.trainings()));
    }
}
