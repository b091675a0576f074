package shallowlab.web.saved;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import shallowlab.experiment.Account;
import shallowlab.experiment.Budgets;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Parsed;
import shallowlab.store.ExperimentStore;
import shallowlab.store.InvalidSaveException;
import shallowlab.store.SavedExperiment;
import shallowlab.web.Controller;
import shallowlab.web.Links;
import shallowlab.web.PageQuery;
import shallowlab.web.RequestRuns;
import shallowlab.web.SameOrigin;
import shallowlab.web.compare.CompareController;
import shallowlab.web.compare.CompareQuery;
import shallowlab.web.lab.LabController;

/**
 * Saved experiments: {@code POST /x} saves a lab or compare link with a title and a note and redirects to its short
 * link {@code /x/{id}}, which replays the run or the comparison under that title and note; {@code GET /saved} lists
 * the ones saved from this browser ({@link BrowserSaves}). {@code /api/saved} does the same in JSON. A save stores the
 * canonical link of what was saved (so it replays the same run whatever the defaults become), costs
 * {@link Budgets#SAVE} of the browser's budget, and is accepted from this site only. A save that can't be done keeps
 * what was typed and says why.
 */
public final class SavedController implements Controller {
    static final String SAVE_TEMPLATE = "save", LIST_TEMPLATE = "saved";
    static final int RECENT = 30;
    private final ExperimentStore store;
    private final LabController lab;
    private final CompareController compare;
    private final RequestRuns runs;
    private final SavedRequests requests = new SavedRequests();

    public SavedController(ExperimentStore store, LabController lab, CompareController compare, RequestRuns runs) {
        this.store = store;
        this.lab = lab;
        this.compare = compare;
        this.runs = runs;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/x", this::saveForm);
        routes.get("/x/{id}", this::show);
        routes.get("/saved", this::list);
        routes.post("/api/saved", this::saveJson);
        routes.get("/api/saved", ctx -> ctx.json(Map.of("saved", mine(ctx, requests.limit(ctx)).stream().map(SavedJson::of).toList())));
        routes.get("/api/saved/{id}", this::findJson);
    }

    void saveForm(Context ctx) {
        SameOrigin.require(ctx, "saves");
        requests.requireForm(ctx);
        String title = ctx.formParam("title"), note = ctx.formParam("note"), link = ctx.formParam("link");
        try {
            SavedExperiment saved = save(ctx, title, note, link);
            ctx.redirect("/x/" + saved.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidSaveException e) {
            var model = new HashMap<String, Object>();
            model.put("title", title == null ? "" : title);
            model.put("note", note == null ? "" : note);
            model.put("link", link == null ? "" : link);
            model.put("linkHref", canonical(Links.parse(link)));
            model.put("errors", e.errors());
            ctx.status(HttpStatus.BAD_REQUEST).render(SAVE_TEMPLATE, model);
        }
    }

    void saveJson(Context ctx) {
        SameOrigin.require(ctx, "saves");
        requests.requireJson(ctx);
        Map<String, String> body = requests.jsonBody(ctx);
        String unknown = unknownKey(Links.parse(body.get("link")));
        if (unknown != null) {   // the pages drop a messenger's keys; an API client's misspelt key is an error
            throw new InvalidSaveException(Map.of("link", "'" + unknown + "' is not a key of the lab or the comparison;"
                    + " a misspelt key would save another run than meant"));
        }
        SavedExperiment saved = save(ctx, body.get("title"), body.get("note"), body.get("link"));
        ctx.status(HttpStatus.CREATED).header("Location", "/x/" + saved.id()).json(SavedJson.of(saved));
    }

    void show(Context ctx) {
        SavedExperiment saved = store.find(ctx.pathParam("id")).orElseThrow(() -> SavedRequests.notFound(ctx));
        Links link = Links.parse(saved.query());
        if (SavedExperiment.COMPARE.equals(saved.kind())) {
            compare.render(ctx, compareOf(link), saved);
            return;
        }
        lab.render(ctx, experimentOf(link), saved);
    }

    void findJson(Context ctx) {
        ctx.json(SavedJson.of(store.find(ctx.pathParam("id")).orElseThrow(() -> SavedRequests.notFound(ctx))));
    }

    void list(Context ctx) {
        ctx.render(LIST_TEMPLATE, Map.of("saved", mine(ctx, RECENT).stream().map(s -> new Listed(s, headline(s))).toList()));
    }

    /** A save as the list shows it: with the headline of what it saved, its data and network (null if unreadable). */
    public record Listed(SavedExperiment saved, String headline) {}

    private String headline(SavedExperiment s) {
        Links parts = Links.parse(s.query());
        if (parts == null) return null;
        if (SavedExperiment.COMPARE.equals(s.kind())) {
            CompareQuery query = compareOf(parts);
            return query.isValid() ? compare.headline(query.sweep()) : null;
        }
        Parsed parsed = experimentOf(parts);
        return parsed.isValid() ? lab.headline(parsed.experiment()) : null;
    }

    /** This browser's saves, newest first, at most {@code limit}. */
    private List<SavedExperiment> mine(Context ctx, int limit) {
        return BrowserSaves.ids(ctx).stream().limit(limit).map(store::find).flatMap(Optional::stream).toList();
    }

    /**
     * The first key of a lab or compare link that its page does not read and that no messenger appends (null: none,
     * or no such link): a misspelt parameter, which the page would drop and the save then keep another run.
     */
    private static String unknownKey(Links parts) {
        if (parts == null) return null;
        var read = parts.path().equals("/compare") ? PageQuery.known(parts.query(), CompareQuery.KEYS)
                : PageQuery.known(parts.query());
        return parts.query().keySet().stream().filter(k -> !k.isEmpty() && !read.containsKey(k) && !PageQuery.isTracking(k))
                .findFirst().orElse(null);
    }

    /** The canonical link of a lab or compare link that can be run, else null (never an outside address). */
    static String canonical(Links parts) {
        if (parts == null) return null;
        if (parts.path().equals("/")) {
            Parsed parsed = experimentOf(parts);
            return parsed.isValid() ? parsed.experiment().link() : null;
        }
        if (!parts.path().equals("/compare")) return null;
        CompareQuery compare = compareOf(parts);
        return compare.isValid() ? compare.sweep().link() : null;
    }

    /** A lab link's experiment, read as the lab page reads it (a messenger's keys ignored, so not saved). */
    private static Parsed experimentOf(Links lab) {
        return Experiment.fromQuery(PageQuery.known(lab.query()));
    }

    /** A compare link's comparison, read as the compare page reads it. */
    private static CompareQuery compareOf(Links compare) {
        return CompareQuery.read(PageQuery.known(compare.query(), CompareQuery.KEYS));
    }

    /**
     * Why the lab or compare link can't be run, or null when it can: read as its own page reads it, then checked
     * against this server (its cap on a run's work, the uploads it has), so that no save opens on a refusal.
     */
    private String linkProblem(Links parts, String kind) {
        if (SavedExperiment.COMPARE.equals(kind)) {
            CompareQuery compare = compareOf(parts);
            if (!compare.isValid()) return "the comparison can't be run: " + sentences(compare.errors());
            for (Experiment e : compare.sweep().experiments()) {
                String refused = refusedHere(e);
                if (refused != null) return "the comparison can't be run on this server: " + refused;
            }
            return null;
        }
        Parsed parsed = experimentOf(parts);
        if (!parsed.isValid()) return "the experiment can't be run: " + sentences(parsed.errors());
        String refused = refusedHere(parsed.experiment());
        return refused == null ? null : "the experiment can't be run on this server: " + refused;
    }

    /** What this server's caps and uploads say against running {@code e}, in words; null when it may run. */
    private String refusedHere(Experiment e) {
        Map<String, String> over = runs.service().check(e);
        return over.isEmpty() ? null : sentences(over);
    }

    /** Field errors as the form shows them, "points must be even; hidden is required" (not a map's toString). */
    private static String sentences(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
    }

    /** Checks the link (a valid lab or compare experiment of this site) and saves; InvalidSaveException otherwise. */
    private SavedExperiment save(Context ctx, String title, String note, String link) {
        Map<String, String> errors = new LinkedHashMap<>(SavedExperiment.problems(title, note, link));
        String linkProblem = errors.remove("query");
        Links parts = Links.parse(link);
        String kind = parts == null ? null : parts.path().equals("/") ? SavedExperiment.LAB
                : parts.path().equals("/compare") ? SavedExperiment.COMPARE : null;
        if (linkProblem != null) {
            errors.put("link", linkProblem);
        } else if (kind == null) {
            errors.put("link", "must be a link to the lab (/?…) or to a comparison (/compare?…) of this site");
        } else {
            String problem = linkProblem(parts, kind);
            if (problem != null) errors.put("link", problem);
        }
        if (!errors.isEmpty()) throw new InvalidSaveException(errors);
        Account account = runs.account(ctx);
        double paid = account.take(Budgets.SAVE);
        try {
            SavedExperiment saved = store.save(title, note == null ? "" : note, canonical(parts), kind);
            BrowserSaves.add(ctx, saved.id());
            return saved;
        } catch (RuntimeException failed) {
            account.refund(paid);
            throw failed;
        }
    }
}
