package shallowlab.web.bounds;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request line and headers take longer than the deadline. Jetty's idle timeout starts
 * again with every byte, so a client sending a header byte every few seconds would hold its connection for hours;
 * this looks at every open connection once per {@link #TICK_MILLIS} instead. A connection counts as late when its
 * parser has been inside one request's headers (the same count of requests in, parser past its start) since a look
 * more than the deadline ago, or when it opened more than the deadline ago and no request has arrived on it yet.
 * So a slow header is cut between the deadline and the deadline plus one tick.
 */
final class HeaderDeadline extends AbstractLifeCycle implements Runnable {
    static final long TICK_MILLIS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);
    private final AbstractConnector connector;
    private final long deadlineMillis;
    /** For each connection inside a request's headers: the count of requests in and when it was first seen so. */
    private Map<HttpConnection, long[]> seen = new HashMap<>();   // only the scheduler's single task touches it
    private volatile Scheduler.Task next;

    HeaderDeadline(AbstractConnector connector, long deadlineMillis) {
        this.connector = connector;
        this.deadlineMillis = deadlineMillis;
    }

    @Override
    protected void doStart() { schedule(); }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) task.cancel();
    }

    private void schedule() {
        if (isRunning() || isStarting()) next = connector.getScheduler().schedule(this, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
        try {
            look(System.nanoTime());
        } catch (RuntimeException e) {
            LOG.warn("checking header deadlines failed", e);
        } finally {
            schedule();
        }
    }

    private void look(long now) {
        Map<HttpConnection, long[]> inHeaders = new HashMap<>();
        long deadlineNanos = TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
        int closed = 0;
        for (EndPoint endPoint : connector.getConnectedEndPoints()) {
            if (!(endPoint.getConnection() instanceof HttpConnection connection)) continue;
            long requests = connection.getMessagesIn();
            boolean neverAsked = requests == 0 && connection.getParser().isStart()
                    && System.currentTimeMillis() - endPoint.getCreatedTimeStamp() > deadlineMillis;
            boolean midHeaders = connection.getParser().inHeaderState() && !connection.getParser().isStart();
            if (neverAsked) {
                endPoint.close();
                closed++;
                continue;
            }
            if (!midHeaders) continue;
            long[] before = seen.get(connection);
            long[] since = before != null && before[0] == requests ? before : new long[] {requests, now};
            if (now - since[1] > deadlineNanos) {
                endPoint.close();
                closed++;
            } else {
                inHeaders.put(connection, since);
            }
        }
        seen = inHeaders;
        if (closed > 0) LOG.info("closed {} connection(s) whose request headers took over {} ms", closed, deadlineMillis);
    }
}
