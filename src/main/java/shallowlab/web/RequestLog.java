package shallowlab.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.ServletApiResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per request:
 * {@code time=2026-12-02T06:30:00.123Z method=GET path=/ status=200 ms=12.3 client=203.0.113.7 bytes=5120},
 * the client as the limits see it ({@link Clients}), the bytes as written to the response body.
 */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("requests");
    private final Clients clients;

    public RequestLog(Clients clients) { this.clients = clients; }

    public void log(Context ctx, Float millis) {
        if (ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/")) return;
        LOG.info(line(ctx, millis));
    }

    String line(Context ctx, Float millis) {
        return String.format(Locale.ROOT, "time=%s method=%s path=%s status=%d ms=%.1f client=%s bytes=%d",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), ctx.method(), ctx.path(), ctx.status().getCode(),
                millis, clients.address(ctx), bytes(ctx));
    }

    /** The body's bytes as Jetty wrote them (compressed or chunked answers too), else Content-Length, else -1. */
    private static long bytes(Context ctx) {
        if (ctx.res() instanceof ServletApiResponse jetty) return jetty.getServletRequestInfo().getServletChannel().getHttpOutput().getWritten();
        String length = ctx.res().getHeader("Content-Length");
        return length == null ? -1 : Long.parseLong(length);
    }
}
