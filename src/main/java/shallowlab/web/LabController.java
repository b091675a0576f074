package shallowlab.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Parsed;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunJson;
import shallowlab.experiment.RunService;
import shallowlab.guide.Guides;

/**
 * {@code GET /}: the lab page — the experiment form and, for the experiment in the query string, its run.
 * A query that can't be used re-renders the form with the user's values and a message at each bad field (400).
 */
public final class LabController implements Controller {
    static final String TEMPLATE = "lab";
    private final RunService runs;

    public LabController(RunService runs) { this.runs = runs; }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/", this::show);
    }

    void show(Context ctx) {
        Parsed parsed = Experiment.fromQuery(ctx.queryParamMap());
        Map<String, Object> model = FormModel.of(parsed);
        model.put("learnMore", Guides.LEARN_MORE);
        if (!parsed.isValid()) {
            model.put("run", null);
            model.put("pageData", PageData.toJson(Map.of()));
            ctx.status(HttpStatus.BAD_REQUEST).render(TEMPLATE, model);
            return;
        }
        Run run = runs.run(parsed.experiment());
        model.put("run", RunSummary.of(run));
        var data = new LinkedHashMap<String, Object>();
        data.put("run", RunJson.of(run));
        model.put("pageData", PageData.toJson(data));
        ctx.render(TEMPLATE, model);
    }
}
