package shallowlab.web.compare;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import shallowlab.experiment.Account;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Param;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunRefused;
import shallowlab.experiment.Sweep;
import shallowlab.experiment.SweepRun;
import shallowlab.experiment.SweepRunner;
import shallowlab.store.SavedExperiment;
import shallowlab.web.Controller;
import shallowlab.web.Errors;
import shallowlab.web.FormModel;
import shallowlab.web.Headline;
import shallowlab.web.PageData;
import shallowlab.web.PageQuery;
import shallowlab.web.RequestRuns;
import shallowlab.web.lab.Preset;

/**
 * {@code GET /compare}: one experiment run once per value of one parameter ({@code vary=key:v1,v2,...}).
 * The page opens at once and its script streams the runs from {@code /compare/events} as they finish;
 * {@code static=1} runs them all first and fills the table on the server. {@code /api/compare} is the JSON.
 * The page ignores keys it doesn't know ({@link PageQuery}); the events and the JSON name them (400): the page's
 * script asks for its events at the canonical link.
 * Bad input re-renders the form with messages (400), or answers 400 with {@code {"errors": ...}}.
 */
public final class CompareController implements Controller {
    static final String TEMPLATE = "compare";
    public static final String PATH = "/compare";
    public static final String EVENTS_PATH = "/compare/events";
    public static final String JSON_PATH = "/api/compare";
    /** The legend of the form's vary fields, which the error summary names them by. */
    static final String VARY_LABEL = "Compare across";
    /** Any parameter may be varied; the form's select offers them in table order. */
    static final List<String> VARY_KEYS = Arrays.stream(Param.values()).map(Param::key).toList();
    /** Each parameter's example values as the form's select carries them (JSON: key → "v1,v2,…"). */
    static final String VARY_EXAMPLES = PageData.toJson(Arrays.stream(Param.values()).collect(java.util.stream.Collectors.toMap(
            Param::key, p -> String.join(",", Sweep.exampleValues(p)), (a, b) -> a, java.util.LinkedHashMap::new)));
    private final SweepRunner sweeps;
    private final RequestRuns runs;

    public CompareController(SweepRunner sweeps, RequestRuns runs) {
        this.sweeps = sweeps;
        this.runs = runs;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::show);
        routes.get(EVENTS_PATH, this::events);
        routes.get(JSON_PATH, this::json);
    }

    void show(Context ctx) {
        Map<String, List<String>> known = PageQuery.known(ctx.queryParamMap(), CompareQuery.KEYS);
        if (known.isEmpty()) {
            ctx.render(TEMPLATE, blankForm());
            return;
        }
        CompareQuery query = CompareQuery.read(known);
        if (query.isValid() && query.fromForm()) {
            ctx.redirect(query.sweep().link());
            return;
        }
        render(ctx, query, null);
    }

    /** The compare page of {@code query}; {@code saved} (or null) is the saved comparison it is shown as. */
    public void render(Context ctx, CompareQuery query, SavedExperiment saved) {
        Map<String, String> errors = errors(query);
        Map<String, Object> model = form(query, errors);
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).render(TEMPLATE, model);
            return;
        }
        List<Run> done;
        try {
            done = query.waitForRuns() ? sweeps.runAll(query.sweep(), runs.account(ctx)) : null;
        } catch (RunRefused refused) {
            int status = Errors.retryAfter(ctx, refused);
            Map<String, Object> refusedForm = form(query, refused.errors());
            refusedForm.put("refusal", FormModel.refusal(status, ctx.res().getHeader("Retry-After")));
            ctx.status(status).render(TEMPLATE, refusedForm);
            return;
        }
        Shown shown = shown(query.sweep());
        ComparePage page = ComparePage.of(query.sweep(), shown.values(), done);
        model.put("compare", page);
        model.put("lesson", Preset.comparedBy(query.sweep().link()).orElse(null));
        model.put("nearPreset", Preset.sameComparisonAtOtherLength(query.sweep())
                .map(p -> NearPreset.of(p, query.sweep())).orElse(null));
        model.put("pageData", PageData.toJson(page.data(query.sweep(), done)));
        String headline = shown.headline(query.sweep());
        model.put("uploadName", shown.uploadName());
        model.put("headline", headline);
        model.put("pageTitle", Headline.title(saved == null ? headline : saved.title()));
        model.put("saved", saved);
        ctx.render(TEMPLATE, model);
    }

    /** What the comparison's headline says, its uploads named and counted (the list of saves shows it too). */
    public String headline(Sweep sweep) {
        return shown(sweep).headline(sweep);
    }

    /**
     * What the page says of a comparison's data, looked up once: the values as shown ({@link #shownValues}), and the
     * upload every run uses, its point count and file name (both null: generated data, the dataset varied, or an
     * unknown id; the name null also for an upload without one).
     */
    private record Shown(List<String> values, Integer uploadPoints, String uploadName) {
        String headline(Sweep sweep) { return Headline.of(sweep, values, uploadPoints, uploadName); }
    }

    private Shown shown(Sweep sweep) {
        Integer points = uploadPoints(sweep);
        String name = points == null ? null : runs.service().uploadName(sweep.base()).orElse(null);
        return new Shown(shownValues(sweep), points, name);
    }

    /**
     * A preset running this comparison at another length: its name and link, and both lengths as written (not its
     * look-for line, which is about its own runs and can contradict this page's table).
     */
    record NearPreset(String name, String href, String theirs, String ours) {
        static NearPreset of(Preset p, Sweep sweep) {
            int theirs = p.comparison().base().iterations();
            return new NearPreset(p.name(), p.href(), String.format(Locale.ROOT, "%,d", theirs),
                    String.format(Locale.ROOT, "%,d", sweep.base().iterations()));
        }
    }

    /** The values as the page shows them: compared uploads by their files' names ({@link Headline#datasetValue}). */
    private List<String> shownValues(Sweep sweep) {
        if (sweep.param() != Param.DATASET) return sweep.values();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < sweep.values().size(); i++) {
            String name = runs.service().uploadName(sweep.experiments().get(i)).orElse(null);
            shown.add(Headline.datasetValue(sweep.values().get(i), name));
        }
        return shown;
    }

    /**
     * The point count of the upload every run of {@code sweep} uses (its headline says it, as the lab's does), or
     * null: generated data, the dataset varied, or an id no upload has (said by the page's checks).
     */
    private Integer uploadPoints(Sweep sweep) {
        Experiment base = sweep.base();
        if (!base.dataset().isCustom() || sweep.param() == Param.DATASET) return null;
        try {
            return runs.service().points(base).size();
        } catch (RunRefused unknown) {
            return null;
        }
    }

    /** Server-sent events: one {@code run} event per finished run (in finishing order), then {@code done}. */
    void events(Context ctx) throws Exception {
        CompareQuery query = CompareQuery.read(ctx.queryParamMap());
        if (answeredBadRequest(ctx, query)) return;
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {   // Javalin would answer an empty 200
            Errors.json(ctx, 406, Map.of("accept", "this is a stream of server-sent events: ask with Accept:"
                    + " text/event-stream (a browser's EventSource does); the same runs as one JSON answer: "
                    + JSON_PATH + "?" + query.sweep().toQuery()));
            return;
        }
        Account payer = runs.account(ctx);
        new SseHandler(sse -> stream(sse, query.sweep(), payer)).handle(ctx);
    }

    void json(Context ctx) {
        CompareQuery query = CompareQuery.read(ctx.queryParamMap());
        if (answeredBadRequest(ctx, query)) return;
        ctx.json(CompareJson.of(query.sweep(), sweeps.runAll(query.sweep(), runs.account(ctx))));
    }

    /** Answers 400 with {@code {"errors": ...}} when the query can't be run; says whether it did. */
    private boolean answeredBadRequest(Context ctx, CompareQuery query) {
        Map<String, String> errors = errors(query);
        if (errors.isEmpty()) return false;
        Errors.json(ctx, HttpStatus.BAD_REQUEST.getCode(), errors);
        return true;
    }

    /** The query's errors, then the server caps any of its runs is over; empty when it may run. */
    private Map<String, String> errors(CompareQuery query) {
        return query.isValid() ? sweeps.check(query.sweep()) : query.errors();
    }

    /** Streams the sweep's runs; when the stream closes, the runs not yet started are cancelled. */
    private void stream(SseClient client, Sweep sweep, Account payer) {
        client.keepAlive();
        SweepRun sweepRun;
        try {
            sweepRun = sweeps.start(sweep, payer, () -> stillWatched(client));
        } catch (RunRefused refused) {
            send(client, "failed", failed(sweep.experiments().size(), refused));
            client.close();
            return;
        }
        client.onClose(sweepRun::cancel);
        List<CompletableFuture<Run>> started = sweepRun.runs();
        CompletableFuture<?>[] sent = new CompletableFuture<?>[started.size()];
        for (int i = 0; i < sent.length; i++) {
            int index = i;
            sent[i] = started.get(i).thenAccept(run -> send(client, "run", CompareJson.Event.of(sweep, index, run)));
        }
        CompletableFuture.allOf(sent).whenComplete((done, failure) -> {
            send(client, failure == null ? "done" : "failed", failure == null ? Map.of("count", sent.length)
                    : failed(sent.length, failure));
            client.close();
        });
    }

    /**
     * A failed event's data: the count, what the refusal says (or a general message) and, when it says so, the
     * seconds after which asking again can succeed ({@code retryAfter}: the page then offers to run the rest).
     */
    private static Map<String, Object> failed(int count, Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("count", count);
        data.put("errors", cause instanceof RunRefused r ? r.errors() : Map.of("server", "a run failed"));
        if (cause instanceof RunRefused r && r.retryAfterSeconds() != null) data.put("retryAfter", r.retryAfterSeconds());
        return data;
    }

    /** Whether the stream is still open: a comment costs a few bytes, and writing is how a closed one shows. */
    private static boolean stillWatched(SseClient client) {
        synchronized (client) {
            if (!client.terminated()) client.sendComment("next run");
            return !client.terminated();
        }
    }

    private static void send(SseClient client, String event, Object data) {
        synchronized (client) {
            if (!client.terminated()) client.sendEvent(event, PageData.toJson(data));
        }
    }

    /** The form of a query, with the vary fields and every error. */
    private static Map<String, Object> form(CompareQuery query, Map<String, String> errors) {
        Map<String, Object> model = FormModel.of(query.base(), errors, Map.of(Sweep.KEY, VARY_LABEL));
        model.put("varyKey", query.varyKey() == null ? Param.HIDDEN.key() : query.varyKey());
        model.put("varyValues", query.varyValues() == null ? "" : query.varyValues());
        model.put("varyKeys", VARY_KEYS);
        model.put("varyExamples", VARY_EXAMPLES);
        model.put("compare", null);
        model.put("pageData", PageData.toJson(Map.of()));
        return model;
    }

    /** /compare with nothing asked: the course's experiment and the notebook's hidden-size study, not yet run. */
    private static Map<String, Object> blankForm() {
        Sweep.Suggestion hidden = Sweep.SUGGESTED.get(0);
        Map<String, Object> model = form(CompareQuery.read(Map.of()), Map.of());
        model.put("varyKey", hidden.key());
        model.put("varyValues", String.join(",", hidden.values()));
        return model;
    }
}
