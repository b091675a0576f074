package shallowlab.web;

import io.javalin.http.Context;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One structured line per request: {@code method=GET path=/ status=200 ms=12.3 client=... bytes=...}. */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("requests");

    private RequestLog() {}

    public static void log(Context ctx, Float millis) {
        if (ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/")) return;
        String length = ctx.res().getHeader("Content-Length");
        LOG.info(String.format(Locale.ROOT, "method=%s path=%s status=%d ms=%.1f client=%s bytes=%s",
                ctx.method(), ctx.path(), ctx.status().getCode(), millis, ctx.ip(), length == null ? "-" : length));
    }
}
