package shallowlab.web.bounds;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code cap} open connections from one address: the one past it is closed as soon as it opens, before a
 * byte of it is read, while every other address is served. Every connection is counted when it opens and uncounted
 * when it closes (also the ones closed here), so the count is the number open.
 */
final class PerClientConnections implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(PerClientConnections.class);
    private final int cap;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();   // changed only by merge/compute: atomic per address
    /** The address of each open connection, kept from its opening: a closed socket no longer tells its peer. */
    private final ConcurrentHashMap<Connection, InetAddress> addresses = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();

    PerClientConnections(int cap) { this.cap = cap; }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = addressOf(connection);
        if (address == null) return;
        addresses.put(connection, address);
        int count = open.merge(address, 1, Integer::sum);
        if (count > cap) {
            // One line per hundred refusals: a flood would otherwise write a line per connection.
            if (refused.getAndIncrement() % 100 == 0) {
                LOG.warn("closed a connection from {}: it holds {} open, the cap per client is {}", address.getHostAddress(), count - 1, cap);
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = addresses.remove(connection);
        if (address == null) return;
        open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    /** Connections open from {@code address} (for tests and the fault script's checks). */
    int openFrom(InetAddress address) {
        return open.getOrDefault(address, 0);
    }

    private static InetAddress addressOf(Connection connection) {
        return connection.getEndPoint().getRemoteSocketAddress() instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
