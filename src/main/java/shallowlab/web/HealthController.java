package shallowlab.web;

import io.javalin.http.Context;
import java.util.Map;

/** {@code GET /health}: 200 while the app can answer requests. */
public final class HealthController {
    public void show(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }
}
