package shallowlab.web.lab;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Parsed;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunRefused;
import shallowlab.store.SavedExperiment;
import shallowlab.guide.Guides;
import shallowlab.guide.Measure;
import shallowlab.web.Compressed;
import shallowlab.web.Controller;
import shallowlab.web.Errors;
import shallowlab.web.FormModel;
import shallowlab.web.Headline;
import shallowlab.web.PageData;
import shallowlab.web.PageQuery;
import shallowlab.web.RequestRuns;

/**
 * {@code GET /}: the lab page — the experiment form and, for the experiment in the query string, its run (keys
 * that are no parameter, such as a messenger's {@code fbclid}, are ignored: {@link PageQuery}).
 * A query that can't be used, or a run the server refuses, re-renders the form with the user's values and a
 * message at each bad field (or above the form for a server cap), with the refusal's status.
 */
public final class LabController implements Controller {
    static final String TEMPLATE = "lab";
    private final RequestRuns runs;
    private final RunTexts texts;

    public LabController(RequestRuns runs, RunTexts texts) {
        this.runs = runs;
        this.texts = texts;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/", this::show);
    }

    private static final String HTML = "text/html; charset=utf-8";

    void show(Context ctx) {
        render(ctx, Experiment.fromQuery(PageQuery.known(ctx.queryParamMap())), null);
    }

    /** The page for {@code parsed}; {@code saved} (or null) is the saved experiment it is shown as. */
    public void render(Context ctx, Parsed parsed, SavedExperiment saved) {
        if (!parsed.isValid()) {
            formOnly(ctx, parsed, parsed.errors(), HttpStatus.BAD_REQUEST.getCode());
            return;
        }
        Compressed page = saved == null ? texts.labPage(parsed.experiment()) : null;
        if (page != null) {
            page.send(ctx, HTML);
            return;
        }
        Run run;
        try {
            run = runs.run(ctx, parsed.experiment());
        } catch (RunRefused refused) {
            formOnly(ctx, parsed, refused.errors(), Errors.retryAfter(ctx, refused));
            return;
        }
        Map<String, Object> model = FormModel.of(parsed, Map.of());
        model.put("saved", saved);
        model.put("learnMore", Guides.LEARN_MORE);
        model.put("run", RunSummary.of(run));
        model.put("weights", WeightsTable.of(run.result().trained()));
        model.put("compareLinks", CompareLink.of(parsed.experiment()));
        model.put("pageData", texts.pageData(run));
        model.put("costRises", Measure.COST_RISES.of(run));
        putLessons(model, parsed.experiment());
        model.put("uploadName", run.dataName());
        String headline = Headline.of(parsed.experiment(), run.points(), run.dataName());
        model.put("headline", headline);
        model.put("pageTitle", Headline.title(saved == null ? headline : saved.title()));
        ctx.render(TEMPLATE, model);
        if (saved == null) texts.keepLabPage(parsed.experiment(), ctx.result()).send(ctx, HTML);   // gzipped once
    }

    /**
     * The headline of {@code e} without running it (the list of saves shows it): an upload's count and name from the
     * store; an upload no longer found is named by its id alone.
     */
    public String headline(Experiment e) {
        Integer points = e.points();
        if (e.dataset().isCustom()) {
            try {
                points = runs.service().points(e).size();
            } catch (RunRefused unknown) {
                points = null;
            }
        }
        return Headline.of(e, points, runs.service().uploadName(e).orElse(null));
    }

    /** What the page marks and says for {@code e}: the preset it is, and the guides whose trial it is. */
    private static void putLessons(Map<String, Object> model, Experiment e) {
        model.put("experimentLink", e.link());
        model.put("activePreset", Preset.active(e.link()).orElse(null));
        model.put("fromGuides", Guides.trialsOf(e));
    }

    /** The form with its messages and nothing run. */
    private static void formOnly(Context ctx, Parsed parsed, Map<String, String> errors, int status) {
        Map<String, Object> model = FormModel.of(parsed, errors);
        model.put("saved", null);
        model.put("run", null);
        model.put("pageData", PageData.toJson(Map.of()));
        if (parsed.isValid()) putLessons(model, parsed.experiment());
        model.put("refusal", FormModel.refusal(status, ctx.res().getHeader("Retry-After")));
        ctx.status(status).render(TEMPLATE, model);
    }
}
