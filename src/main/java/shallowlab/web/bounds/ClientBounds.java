package shallowlab.web.bounds;

import java.util.Map;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Bounds what slow and greedy clients can hold (see {@link ConnectionLimits}): connections in all and per address,
 * deadlines for headers and bodies, bodies received before a thread is spent on them, and the thread pool.
 */
public final class ClientBounds {
    private ClientBounds() {}

    /** Jetty's request threads, at most {@code limits.maxThreads()}. */
    public static QueuedThreadPool threadPool(ConnectionLimits limits) {
        var pool = new QueuedThreadPool(limits.maxThreads(), Math.min(8, limits.maxThreads()), 60_000);
        pool.setName("JettyServerThreadPool");
        return pool;
    }

    /**
     * Installs the bounds on {@code server}, whose handler then receives every request with a body already here.
     * Javalin puts its servlet context inside the handler found on the server, so this runs before it does.
     * {@code perAddress}: whether the socket peer is the client (no proxy in front), so connections per address
     * are counted. {@code tooLargeByPath}: a route's own 413 field and message for a body sent in chunks past
     * {@code maxBodyBytes} (one declared larger reaches the route, which answers the same).
     */
    public static void install(Server server, ConnectionLimits limits, boolean perAddress, long maxBodyBytes,
                               Map<String, Map.Entry<String, String>> tooLargeByPath) {
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
        server.setHandler(new BodyFirst(maxBodyBytes, limits.bodyMillis(), limits.bodyReaders(), tooLargeByPath));
        // Javalin adds its connector just before it starts the server: bound the connector then.
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (var connector : server.getConnectors()) {
                    if (!(connector instanceof ServerConnector c)) continue;
                    c.setIdleTimeout(limits.idleMillis());
                    if (perAddress && limits.perClient() > 0) c.addEventListener(new PerClientConnections(limits.perClient()));
                    c.addBean(new HeaderDeadline(c, limits.headerMillis()));
                }
            }
        });
    }
}
