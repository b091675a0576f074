package shallowlab.web;

import io.javalin.http.Context;

/** Who is asking, for per-client limits: the peer's address, or behind a trusted proxy the first forwarded one. */
final class Clients {
    private Clients() {}

    static String address(Context ctx, boolean trustProxy) {
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) return forwarded.split(",", 2)[0].trim();
        }
        return ctx.ip();
    }
}
