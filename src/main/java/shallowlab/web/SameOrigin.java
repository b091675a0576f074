package shallowlab.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Map;

/**
 * Writes (saves, uploads) come from this site's own pages: a request that names its origin (browsers do on every
 * POST) must name this host, and one from an opaque origin ({@code Origin: null}: sandboxed frames, some redirects)
 * or that the browser marks as cross-site is refused, 403 naming {@code origin}. Clients that send neither (scripts,
 * curl) may write. Without this another site could post a form (text/plain needs no CORS preflight) through a
 * visitor's browser, on that visitor's budget.
 */
public final class SameOrigin {
    private SameOrigin() {}

    /** Throws the 403 unless the request may come from this site; {@code what} names the writes, e.g. "saves". */
    public static void require(Context ctx, String what) {
        String origin = ctx.header("Origin");
        if ("cross-site".equals(ctx.header("Sec-Fetch-Site")) || origin != null && !sameHost(origin, ctx.header("Host"))) {
            throw new HttpProblem(403, Map.of("origin", what + " are accepted from this site's own pages only"));
        }
    }

    private static boolean sameHost(String origin, String host) {
        try {
            String authority = URI.create(origin.strip()).getRawAuthority();
            return host != null && authority != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
