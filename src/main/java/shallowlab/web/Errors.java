package shallowlab.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shallowlab.experiment.RunRefused;
import shallowlab.store.InvalidSaveException;
import shallowlab.store.StoreException;

/**
 * How failures answer: JSON {@code {"errors": {...}}} under /api, a page elsewhere. A refused run keeps its status
 * (400 over a cap, 429, 503, the last two with Retry-After); anything unexpected is logged and answers 500.
 */
public final class Errors {
    static final String TEMPLATE = "error";
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {}

    /** The answers to failures; a store failing for a full disk is also told to {@code readiness}. */
    public static void register(RoutesConfig routes, Readiness readiness) {
        routes.exception(RunRefused.class, (e, ctx) -> refused(e, ctx));
        routes.exception(HttpProblem.class, (e, ctx) -> answer(ctx, e.status, e.errors));
        routes.exception(InvalidSaveException.class, (e, ctx) -> answer(ctx, 400, e.errors()));
        routes.exception(StoreException.class, (e, ctx) -> {
            if (StorageFull.isCause(e)) {
                LOG.error("store failed on {} {}: the disk is full ({})", ctx.method(), ctx.path(), e.toString());
                readiness.storageFull();
                answer(ctx, 503, Map.of("store", StorageFull.MESSAGE));
                return;
            }
            LOG.warn("store failed on {} {}: {}", ctx.method(), ctx.path(), e.toString());
            answer(ctx, 503, Map.of("store", ServerPaths.hidden(e.getMessage())));
        });
        routes.exception(ContentTooLargeResponse.class, (e, ctx) -> tooLarge(ctx));
        // Jetty reads the charset of Content-Type when the type is first asked for: an unknown one is the client's.
        routes.exception(UnsupportedCharsetException.class, (e, ctx) -> badCharset(ctx, e.getCharsetName()));
        routes.exception(IllegalCharsetNameException.class, (e, ctx) -> badCharset(ctx, e.getCharsetName()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, Map.of("server", "something went wrong on our side; the error was logged"));
        });
        // A 404 that already has its own body (a missing guide or saved experiment) keeps it; an unmatched path,
        // which Javalin answers "Endpoint … not found", gets ours.
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                answer(ctx, 404, Map.of("path", "there is nothing at " + ctx.path()));
            }
        });
    }

    /** The answer to a body over the app's cap (uploads of points have their own, larger one). */
    public static HttpProblem tooLarge() {
        return new HttpProblem(413, Map.of("body", "is too large: a request takes at most 64 KB"));
    }

    private static void tooLarge(Context ctx) {
        HttpProblem problem = tooLarge();
        answer(ctx, problem.status, problem.errors);
    }

    private static void badCharset(Context ctx, String charset) {
        LOG.info("refused {} {}: unknown charset {}", ctx.method(), ctx.path(), charset);
        answer(ctx, 415, Map.of("body", "charset '" + charset + "' is not one this server knows; send UTF-8"));
    }

    public static void refused(RunRefused e, Context ctx) {
        answer(ctx, retryAfter(ctx, e), e.errors());
    }

    /** Tells a client refused for its rate or a full server when to retry; returns the refusal's status. */
    public static int retryAfter(Context ctx, RunRefused e) {
        if (e.retryAfterSeconds() != null) ctx.header("Retry-After", e.retryAfterSeconds().toString());
        return e.status();
    }

    /** {@code status} with the messages, as JSON for the API and as a page for people. */
    public static void answer(Context ctx, int status, Map<String, String> errors) {
        if (ctx.path().startsWith("/api/")) {
            json(ctx, status, errors);
        } else {
            ctx.status(status).render(TEMPLATE, Map.of("status", status, "errors", errors));
        }
    }

    /** The API's error envelope, {@code {"errors": {"<key>": "<message>"}}}, with {@code status}. */
    public static void json(Context ctx, int status, Map<String, String> errors) {
        ctx.status(status).json(Map.of("errors", errors));
    }
}
