package shallowlab.web;

import io.javalin.router.JavalinDefaultRoutingApi;

/** A feature's routes; the app registers each controller with {@code config.routes}. */
public interface Controller {
    void register(JavalinDefaultRoutingApi routes);
}
