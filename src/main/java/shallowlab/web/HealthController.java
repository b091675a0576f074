package shallowlab.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;

/** {@code GET /health}: 200 while the app can answer requests. */
public final class HealthController implements Controller {
    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/health", this::show);
    }

    void show(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }
}
