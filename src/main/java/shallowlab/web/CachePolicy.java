package shallowlab.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;
import java.util.function.Predicate;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Parsed;

/**
 * The {@code Cache-Control} of every answer but the static files (which have their own, {@link Assets}).
 * {@value #PUBLIC} for what is a pure function of its URL: a run's page at its canonical link ({@code /}, or
 * {@code /?} + {@link Experiment#link()}'s query: one cached copy per run, the URL every link on the site uses),
 * a run's JSON and CSV and a comparison (any valid query: the same URL is the same run), the guides, an uploaded
 * dataset (content named by its hash). An hour, not forever: the run never changes, but the page's frame (its
 * templates, the fingerprinted asset URLs) changes with a deploy, and an hour bounds how long a shared cache shows
 * the old one. Everything else is {@value #PRIVATE}: what depends on the visitor (saves, the saved list), the
 * answers to POSTs, health, errors and refusals (a 429 or 503 is about this moment), and any answer that sets a
 * cookie (a shared cache must not hand one browser's id to the next).
 */
public final class CachePolicy {
    public static final String PUBLIC = "public, max-age=3600";
    public static final String PRIVATE = "private, no-store";
    private final Set<String> pureByQuery;
    private final Predicate<String> pureByPath;

    /**
     * @param pureByQuery paths whose answer is a pure function of path and query
     * @param pureByPath  other paths whose answer never changes (guides, uploaded datasets)
     */
    public CachePolicy(Set<String> pureByQuery, Predicate<String> pureByPath) {
        this.pureByQuery = pureByQuery;
        this.pureByPath = pureByPath;
    }

    /** Sets the header; runs after every route and error handler, so it sees the final status and cookies. */
    public void apply(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/static/") || path.startsWith("/webjars/") || ctx.res().isCommitted()) return;
        ctx.header("Cache-Control", isPublic(ctx) ? PUBLIC : PRIVATE);
    }

    private boolean isPublic(Context ctx) {
        if ((ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) || ctx.statusCode() != 200) return false;
        if (!ctx.res().getHeaders("Set-Cookie").isEmpty()) return false;
        String path = ctx.path();
        if (path.equals("/")) return isCanonical(ctx);
        return pureByQuery.contains(path) || pureByPath.test(path);
    }

    /** An empty query (the default run) or exactly the canonical link's. */
    private static boolean isCanonical(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) return true;
        Parsed parsed = Experiment.fromQuery(ctx.queryParamMap());
        return parsed.isValid() && parsed.experiment().link().equals("/?" + query);
    }
}
