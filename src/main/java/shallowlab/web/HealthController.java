package shallowlab.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import shallowlab.experiment.RunService;
import shallowlab.store.ExperimentStore;

/**
 * {@code GET /health} (liveness): 200 while the app can answer requests, with the trainings under way and the
 * engine's last {@link EngineCheck}: {@code {"status":"ok","trainings":{"running":1,"queued":0},
 * "engine":{"vectorBits":512,"vectors":"compiled","bytesPerIteration":48}}}. {@code GET /health/ready}: 200
 * {@code {"status":"ready"}} when the store answers and the warm-up is done, else 503
 * {@code {"status":"not ready","reasons":{"store": "...", "warmUp": "..."}}}.
 */
public final class HealthController implements Controller {
    private final RunService runs;
    private final Readiness readiness;

    /** The answer, fields in this order. */
    public record Health(String status, RunService.Trainings trainings, EngineCheck.Engine engine) {}

    /** The readiness answer, fields in this order; {@code reasons} is empty when ready. */
    public record Ready(String status, Map<String, String> reasons) {}

    public HealthController(RunService runs, Readiness readiness, ExperimentStore store) {
        this.runs = runs;
        this.readiness = readiness;
        readiness.watch(store);
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/health", this::show);
        routes.get("/health/ready", this::ready);
    }

    void show(Context ctx) {
        ctx.json(new Health("ok", runs.trainings(), EngineCheck.get().engine()));
    }

    void ready(Context ctx) {
        Map<String, String> reasons = readiness.reasons();
        ctx.status(reasons.isEmpty() ? 200 : 503).json(new Ready(reasons.isEmpty() ? "ready" : "not ready", reasons));
    }
}
